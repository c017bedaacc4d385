namespace Rete.Web.Networks;

/// <summary>A network table as Registry answers it (scope and membership as their JSON names).</summary>
public sealed record NetworkTable(
    Guid Id, string Name, string Scope, string? District, string? MunicipalityIstat, string? Description,
    IReadOnlyList<NetworkMember> Members, int Version);

public sealed record NetworkMember(Guid OrganisationId, string Membership, string? Role, DateTimeOffset JoinedAt);

public sealed record Meeting(
    Guid Id, Guid NetworkId, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, IReadOnlyList<string> Agenda,
    IReadOnlyList<MeetingAttendance> Attendance, int PeoplePresent, string? Minutes, IReadOnlyList<string> Decisions);

public sealed record MeetingAttendance(Guid? OrganisationId, string? OrganisationName, int People);

/// <summary>The body of Registry's RecordMeetingRequest.</summary>
public sealed record MeetingRequest(
    DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, IReadOnlyList<string> Agenda,
    IReadOnlyList<MeetingAttendance> Attendance, string? Minutes, IReadOnlyList<string> Decisions);
