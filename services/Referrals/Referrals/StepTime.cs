using FluentValidation;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.Referrals;

/// <summary>
/// When a step happened. A desk that enters a paper referral after the fact declares its date; otherwise it is now. A
/// declared time a few minutes ahead is a client's clock running fast and counts as now; later than that is refused.
/// </summary>
public static class StepTime
{
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public static DateTimeOffset Resolve(DateTimeOffset? declared, DateTimeOffset? previous, DateTimeOffset now)
    {
        // PostgreSQL keeps instants, and Npgsql writes only UTC offsets.
        var at = declared is { } d && d < now ? d.ToUniversalTime() : now;
        if (previous is { } p && at < p)
        {
            throw new DomainException("step-before-previous",
                $"Un passaggio non può essere datato prima del precedente ({p.ToUniversalTime():dd/MM/yyyy HH:mm} UTC).");
        }

        return at;
    }

    /// <summary>Refuses a declared time in the future.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset?> NotInFuture<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider clock) =>
        rule.Must(at => at is null || at <= clock.GetUtcNow() + Skew).WithMessage("La data del passaggio non può essere nel futuro.");
}
