namespace Rete.Contracts.Registry;

/// <summary>A region accredited an organisation (kind "servicesForWork" or "training"; stage "provisional" or "definitive").</summary>
public sealed record AccreditationGranted(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid AccreditationId, Guid OrganisationId, int Version,
    string Region, string? RegisterNumber, string Kind, string Stage, DateOnly ValidFrom, DateOnly? ValidTo)
    : IIntegrationEvent;

/// <summary>An accreditation was renewed: new end date, possibly a new stage.</summary>
public sealed record AccreditationRenewed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid AccreditationId, Guid OrganisationId, int Version,
    string Stage, DateOnly? ValidTo)
    : IIntegrationEvent;

/// <summary>An accreditation ended before or at its end date; the operator takes no new assignments under it.</summary>
public sealed record AccreditationExpired(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid AccreditationId, Guid OrganisationId, int Version,
    DateOnly ExpiredOn, string? Reason)
    : IIntegrationEvent;
