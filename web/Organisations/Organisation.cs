namespace Rete.Web.Organisations;

/// <summary>An organisation as Registry answers it (enums as their JSON names, labelled by <see cref="OrganisationLabels"/>).</summary>
public sealed record Organisation(
    Guid Id,
    string Name,
    string Kind,
    string? TaxCode,
    string? Address,
    string? MunicipalityIstat,
    string? District,
    string? Email,
    string? Phone,
    string? Website,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> TargetGroups,
    Guid? ParentId,
    string? Notes,
    string Status,
    string? StatusReason,
    int Version);

/// <summary>The body of a registration or an update, as Registry's OrganisationRequest.</summary>
public sealed record OrganisationRequest(
    string? Name,
    string? Kind,
    string? TaxCode,
    string? Address,
    string? MunicipalityIstat,
    string? District,
    string? Email,
    string? Phone,
    string? Website,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> TargetGroups,
    Guid? ParentId,
    string? Notes);

/// <summary>The search filters Registry's list accepts.</summary>
public sealed record OrganisationSearch(string? Q, string? Kind, string? Municipality, string? Cursor, int Limit = 20);
