using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Json;

namespace Rete.Registry.Networks;

/// <summary>Builds the integration events a table's and a meeting's changes raise.</summary>
internal static class NetworkEvents
{
    public static NetworkTableCreated Created(NetworkTable n, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), n.TenantId, now, n.Id, n.Version, n.Name, EnumText.Name(n.Scope), n.District, n.MunicipalityIstat);

    public static NetworkMemberAdded MemberAdded(NetworkTable n, NetworkMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), n.TenantId, now, n.Id, n.Version, m.OrganisationId, EnumText.Name(m.Membership), m.Role);

    public static NetworkMemberRemoved MemberRemoved(NetworkTable n, Guid organisationId, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), n.TenantId, now, n.Id, n.Version, organisationId);

    public static MeetingRecorded MeetingRecorded(Meeting m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), m.TenantId, now, m.Id, m.NetworkId, m.Date, m.Attendance.Count, m.PeoplePresent, m.Decisions.Count);
}
