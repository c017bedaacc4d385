namespace Rete.ServiceDefaults.Data;

/// <summary>How long the bookkeeping tables keep a row once it has done its job (section <c>Retention</c>).</summary>
public sealed record RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A dispatched outbox row is only kept to look at what was published; undispatched and parked rows
    /// are never purged.</summary>
    public TimeSpan Outbox { get; init; } = TimeSpan.FromDays(30);

    /// <summary>An inbox row is what turns a redelivery into a no-op, so it must outlive any plausible redelivery:
    /// MassTransit's retries last seconds, a publication the dispatcher could not mark as done is sent again once the
    /// database is back (hours at worst), but a message moved back from an <c>_error</c> queue by hand can come days
    /// later. A month covers that; anything replayed after it would be applied twice.</summary>
    public TimeSpan Inbox { get; init; } = TimeSpan.FromDays(30);

    /// <summary>A client retries a POST within minutes or hours; the record holds a copy of the response, which can
    /// carry personal data, so it is not kept longer than that needs. After it, the same key runs the request again.</summary>
    public TimeSpan Idempotency { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Rows deleted per statement: short transactions, no long lock on a busy table.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>The pause between rounds; the first round comes after a minute, or after one interval if shorter.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);

    internal bool IsValid => Outbox > TimeSpan.Zero && Inbox > TimeSpan.Zero && Idempotency > TimeSpan.Zero
        && BatchSize is > 0 and <= 100_000 && Interval > TimeSpan.Zero;
}
