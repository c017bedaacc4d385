namespace Rete.Contracts.Referrals;

// People are known to other services only by an opaque id and the coarse facts the network's figures are cut by
// (residence municipality and district). Never a name, a tax code, a birth date, contacts or health data.

/// <summary>A person was registered in Referrals.</summary>
public sealed record PersonRegistered(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PersonId, int Version,
    string? MunicipalityIstat, string? District)
    : IIntegrationEvent;
