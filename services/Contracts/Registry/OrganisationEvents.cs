namespace Rete.Contracts.Registry;

// Enumerations travel as their camelCase names (kind "jobDesk", status "active") so consumers written
// before a new value existed still read the event.

/// <summary>A member of the network was registered. Carries the whole organisation as registered.</summary>
public sealed record OrganisationRegistered(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid OrganisationId, int Version,
    string Name, string Kind, string? TaxCode, string? MunicipalityIstat, string? District, string Status, Guid? ParentId)
    : IIntegrationEvent;

/// <summary>An organisation's details changed. Carries the whole organisation after the change.</summary>
public sealed record OrganisationUpdated(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid OrganisationId, int Version,
    string Name, string Kind, string? TaxCode, string? MunicipalityIstat, string? District, string Status, Guid? ParentId)
    : IIntegrationEvent;

/// <summary>An organisation was suspended: it keeps its history but takes no new grants or assignments.</summary>
public sealed record OrganisationSuspended(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid OrganisationId, int Version, string? Reason)
    : IIntegrationEvent;

/// <summary>A suspended organisation is active again.</summary>
public sealed record OrganisationReactivated(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid OrganisationId, int Version)
    : IIntegrationEvent;

/// <summary>An organisation left the network for good.</summary>
public sealed record OrganisationClosed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid OrganisationId, int Version, string? Reason)
    : IIntegrationEvent;

/// <summary>
/// The Registry re-announced an organisation's current state, unchanged, so that a service that started
/// subscribing late can build its read model. Version is the organisation's current version: a consumer that
/// already has it changes nothing.
/// </summary>
public sealed record OrganisationSnapshotPublished(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid OrganisationId, int Version,
    string Name, string Kind, string? TaxCode, string? MunicipalityIstat, string? District, string Status, Guid? ParentId)
    : IIntegrationEvent;
