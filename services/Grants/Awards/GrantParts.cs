using Rete.ServiceDefaults.Data;

namespace Rete.Grants.Awards;

public enum GrantStatus
{
    Draft,      // recorded, not yet decided: nothing committed
    Approved,   // the resolution (delibera) was adopted: the award is committed on the line
    Disbursing, // part of the award is paid
    Disbursed,  // the whole award is paid
    Reported,   // the beneficiary reported the actual spend (rendicontazione)
    Closed,
    Revoked,    // what was not paid went back to the line
}

public enum AmendmentKind
{
    TopUp,     // integrazione
    Reduction, // riduzione
}

/// <summary>The act that decides a grant or an amendment (delibera): number, date and office, each when known.</summary>
public sealed record Resolution(string? Number, DateOnly? Date, string? Office)
{
    public static readonly Resolution None = new(null, null, null);
}

/// <summary>A change of the award, decided by its own resolution.</summary>
public sealed class Amendment : ITenantOwned
{
    private Amendment()
    {
    }

    internal Amendment(string tenantId, Guid id, Guid grantId, AmendmentKind kind, decimal amount, decimal awardedAfter, Resolution resolution, string? reason, DateTimeOffset at)
    {
        TenantId = tenantId;
        Id = id;
        GrantId = grantId;
        Kind = kind;
        Amount = amount;
        AwardedAfter = awardedAfter;
        Resolution = resolution;
        Reason = reason;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid GrantId { get; private set; }

    public AmendmentKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public decimal AwardedAfter { get; private set; }

    public Resolution Resolution { get; private set; } = Resolution.None;

    public string? Reason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>A payment to the beneficiary (erogazione): an advance, an instalment or the balance.</summary>
public sealed class Disbursement : ITenantOwned
{
    private Disbursement()
    {
    }

    internal Disbursement(string tenantId, Guid id, Guid grantId, decimal amount, DateOnly date, string? reference, DateTimeOffset at)
    {
        TenantId = tenantId;
        Id = id;
        GrantId = grantId;
        Amount = amount;
        Date = date;
        Reference = reference;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid GrantId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The payment order (mandato di pagamento) or another reference.</summary>
    public string? Reference { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
