namespace Rete.Contracts.Referrals;

// People are known to other services only by an opaque id and the coarse facts the network's figures are cut by
// (residence municipality and district). Never a name, a tax code, a birth date, contacts or health data.

/// <summary>A person was registered in Referrals.</summary>
public sealed record PersonRegistered(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PersonId, int Version,
    string? MunicipalityIstat, string? District)
    : IIntegrationEvent;

/// <summary>The person's residence changed (only the coarse facts other services cut figures by).</summary>
public sealed record PersonResidenceChanged(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PersonId, int Version,
    string? MunicipalityIstat, string? District)
    : IIntegrationEvent;

/// <summary>
/// An operator was warned that the new person may be the same as <see cref="OtherPersonIds"/> (same tax code
/// hash, or same name and birth date). Nothing is merged; the event says only that a flag was raised.
/// </summary>
public sealed record PossibleDuplicateFlagged(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PersonId, int Version,
    IReadOnlyList<Guid> OtherPersonIds)
    : IIntegrationEvent;
