namespace Rete.Contracts.Referrals;

// Figures about special-category groups (GDPR art. 9: disability, health) leave Referrals only as counts of people per
// area, published by Referrals itself: never a person id, and never a count that could single someone out.

/// <summary>
/// How many people of the tenant, as of <see cref="AsOf"/>, have a disability recorded and are followed by health
/// services, per residence municipality and district. A count from 1 to <see cref="SuppressBelow"/> − 1 is null
/// (suppressed at the source); so is a total that would let a suppressed count be worked out by subtraction.
/// Published daily and on request; each publication replaces the previous one.
/// </summary>
public sealed record SpecialCategoryCountsPublished(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, DateOnly AsOf, int SuppressBelow,
    int? PeopleWithDisability, int? PeopleFollowedByHealthServices, IReadOnlyList<SpecialCategoryAreaCounts> Areas)
    : IIntegrationEvent;

/// <summary>One residence area's counts (municipality and district as the people's files give them; both null: unknown).</summary>
public sealed record SpecialCategoryAreaCounts(string? MunicipalityIstat, string? District, int? PeopleWithDisability, int? PeopleFollowedByHealthServices);
