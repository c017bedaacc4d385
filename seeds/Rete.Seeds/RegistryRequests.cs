namespace Rete.Seeds;

// Request bodies of the Registry API (/api/registry). Null members are left out of the JSON.

internal sealed record ConsortiumRequest(string Name, string? LeadMunicipalityIstat, List<ConsortiumMemberRequest> Members);

internal sealed record ConsortiumMemberRequest(string IstatCode, string Name, int Population);

internal sealed record OrganisationRequest(
    string Name,
    string Kind,
    string? TaxCode,
    string? Address,
    string? MunicipalityIstat,
    string? District,
    string? Email,
    string? Phone,
    string? Website,
    List<string> Areas,
    List<string> TargetGroups,
    string? ParentId,
    string? Notes);

internal sealed record AccreditationRequest(
    string Region,
    string? RegisterNumber,
    string Kind,
    string Stage,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    List<string> Sites);

internal sealed record NetworkRequest(string Name, string Scope, string? District, string? MunicipalityIstat, string? Description);

internal sealed record NetworkMemberRequest(string OrganisationId, string? Role, string Membership);

internal sealed record MeetingRequest(
    DateOnly Date,
    string? StartTime,
    string? EndTime,
    string? Place,
    List<string> Agenda,
    List<AttendanceRequest> Attendance,
    string? Minutes,
    List<string> Decisions);

internal sealed record AttendanceRequest(string? OrganisationId, string? OrganisationName, int People);
