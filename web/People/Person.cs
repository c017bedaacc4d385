namespace Rete.Web.People;

/// <summary>A person's file as Referrals answers it: <see cref="SpecialCategory"/> only when the caller is entitled to it.</summary>
public sealed record Person(
    Guid Id, string FirstName, string LastName, string TaxCode, DateOnly BirthDate, string? MunicipalityIstat, string? District,
    IReadOnlyList<string> TargetGroups, string? Education, string? Email, string? Phone, IReadOnlyList<Guid> PossibleDuplicates,
    SpecialCategory? SpecialCategory, DateTimeOffset RegisteredAt, int Version)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>Health and disability data (GDPR art. 9).</summary>
public sealed record SpecialCategory(string? Disability, string? HealthServiceFollowUp);

/// <summary>A line of a search result.</summary>
public sealed record PersonSummary(Guid Id, string FirstName, string LastName, DateOnly BirthDate, string? MunicipalityIstat, bool PossibleDuplicate);

/// <summary>The criteria of Referrals' POST /people/search: they travel in a body, never in a URL.</summary>
public sealed record PeopleSearch(string? TaxCode, string? LastName, string? FirstName, DateOnly? BirthDate);

public sealed record PersonRequest(
    string? FirstName, string? LastName, string? TaxCode, DateOnly? BirthDate, string? MunicipalityIstat, string? District,
    IReadOnlyList<string> TargetGroups, string? Education, string? Email, string? Phone, string? Disability, string? HealthServiceFollowUp);

public sealed record Consent(
    Guid Id, Guid PersonId, string Purpose, IReadOnlyList<Guid> RecipientOrganisationIds, DateOnly GivenOn, DateOnly? ExpiresOn,
    DateOnly? WithdrawnOn, string SignedBy, int Version)
{
    public bool InForce(DateOnly today) => GivenOn <= today && WithdrawnOn is null && (ExpiresOn is null || ExpiresOn >= today);
}

public sealed record ConsentRequest(string? Purpose, IReadOnlyList<Guid> RecipientOrganisationIds, DateOnly? GivenOn, DateOnly? ExpiresOn, string? SignedBy);

public sealed record WithdrawConsentRequest(DateOnly? WithdrawnOn);

public sealed record PathwayStep(DateTimeOffset At, string Kind, string Event, Guid Id, Guid? FromOrganisationId, Guid? ToOrganisationId, string? Detail);

public sealed record AccessEntry(Guid Id, Guid PersonId, string Subject, IReadOnlyList<string> Roles, Guid? OrganisationId, DateTimeOffset At, string What, string? Why);

public sealed record ResidenceRequest(string? MunicipalityIstat, string? District);

public sealed record PersonResidence(Guid Id, string? MunicipalityIstat, string? District, int Version);

/// <summary>The candidate bank's profile: what a host company's need is matched on.</summary>
public sealed record CandidateRequest(string? Cv, IReadOnlyList<string>? Skills, int? HoursPerWeek, string? Mobility);

public sealed record CandidateProfile(Guid PersonId, string? District, string? Cv, IReadOnlyList<string> Skills, int HoursPerWeek, string Mobility, int Version);

/// <summary>A CPI's assignment of the person to an accredited operator for a GOL pathway (1-4).</summary>
public sealed record AssignRequest(
    Guid? PersonId, Guid? CpiOrganisationId, Guid? OperatorOrganisationId, int? Pathway, Guid? SocialServicesOrganisationId, DateOnly? AssignedOn);

public sealed record CloseAssignmentRequest(string? Outcome, DateOnly? ClosedOn);

public sealed record GolAssignment(
    Guid Id, Guid PersonId, Guid CpiOrganisationId, Guid OperatorOrganisationId, Guid AccreditationId, int Pathway,
    Guid? SocialServicesOrganisationId, DateOnly AssignedOn, string Status, string? Outcome, DateOnly? ClosedOn, int Version);
