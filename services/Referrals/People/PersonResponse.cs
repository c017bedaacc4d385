namespace Rete.Referrals.People;

/// <summary>A person's file as the caller may see it: special-category data only for those entitled to it.</summary>
public sealed record PersonResponse(
    Guid Id, string FirstName, string LastName, string TaxCode, DateOnly BirthDate, string? MunicipalityIstat, string? District,
    IReadOnlyList<string> TargetGroups, string? Education, string? Email, string? Phone, IReadOnlyList<Guid> PossibleDuplicates,
    SpecialCategoryData? SpecialCategory, DateTimeOffset RegisteredAt, int Version);

/// <summary>A line of a search result: enough to recognise the person, no contacts or special-category data.</summary>
public sealed record PersonSummary(Guid Id, string FirstName, string LastName, DateOnly BirthDate, string? MunicipalityIstat, bool PossibleDuplicate);
