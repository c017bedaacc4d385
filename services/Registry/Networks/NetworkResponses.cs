namespace Rete.Registry.Networks;

public sealed record MemberResponse(Guid OrganisationId, Membership Membership, string? Role, DateTimeOffset JoinedAt);

public sealed record NetworkResponse(
    Guid Id, string Name, NetworkScope Scope, string? District, string? MunicipalityIstat, string? Description,
    IReadOnlyList<MemberResponse> Members, int Version)
{
    public static NetworkResponse From(NetworkTable n) => new(
        n.Id, n.Name, n.Scope, n.District, n.MunicipalityIstat, n.Description,
        n.Members.OrderBy(m => m.Membership).ThenBy(m => m.JoinedAt)
            .Select(m => new MemberResponse(m.OrganisationId, m.Membership, m.Role, m.JoinedAt)).ToList(),
        n.Version);
}

public sealed record MeetingResponse(
    Guid Id, Guid NetworkId, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place,
    IReadOnlyList<string> Agenda, IReadOnlyList<Attendance> Attendance, int PeoplePresent, string? Minutes, IReadOnlyList<string> Decisions)
{
    public static MeetingResponse From(Meeting m) => new(
        m.Id, m.NetworkId, m.Date, m.StartTime, m.EndTime, m.Place, m.Agenda, m.Attendance, m.PeoplePresent, m.Minutes, m.Decisions);
}
