namespace Rete.Contracts.Registry;

/// <summary>A member municipality of the consortium, with the population funding formulas use.</summary>
public sealed record ConsortiumMember(string IstatCode, string Name, int? Population);

/// <summary>The consortium profile (the tenant: its name, lead municipality and members) was set.</summary>
public sealed record ConsortiumProfileUpdated(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, int Version,
    string Name, string? LeadMunicipalityIstat, IReadOnlyList<ConsortiumMember> Members)
    : IIntegrationEvent;

/// <summary>A network table (tavolo) was set up; scope "district", "municipality" or "consortium".</summary>
public sealed record NetworkTableCreated(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid NetworkId, int Version,
    string Name, string Scope, string? District, string? MunicipalityIstat)
    : IIntegrationEvent;

/// <summary>An organisation joined a table, as a core ("core") or extended ("extended") member.</summary>
public sealed record NetworkMemberAdded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid NetworkId, int Version,
    Guid OrganisationId, string Membership, string? Role)
    : IIntegrationEvent;

/// <summary>An organisation left a table.</summary>
public sealed record NetworkMemberRemoved(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid NetworkId, int Version, Guid OrganisationId)
    : IIntegrationEvent;

/// <summary>A table met. Attendance is by organisation and head count; no person is named.</summary>
public sealed record MeetingRecorded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid MeetingId, Guid NetworkId,
    DateOnly Date, int OrganisationsPresent, int PeoplePresent, int Decisions)
    : IIntegrationEvent;
