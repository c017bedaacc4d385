namespace Rete.Contracts.Grants;

// Funding sources travel as camelCase names: "municipalFunds", "cityLabourDivision", "region", "golPnrr", "esf",
// "participatoryBudgeting". Line kinds: "stipends" (borse lavoro), "grants" (contributi), "other".

/// <summary>A budget line was opened or its amount or name changed. Placements learns the stipend lines from it.</summary>
public sealed record BudgetLineSet(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid BudgetLineId, int Version, Guid BudgetId,
    int Year, string Source, string Kind, string Name, decimal Amount)
    : IIntegrationEvent;
