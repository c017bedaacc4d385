namespace Rete.Seeds;

// Request bodies of the Grants API (/api/grants). Null members are left out of the JSON.

internal sealed record BudgetRequest(int Year, string Source, string? Name, string? Notes);

internal sealed record BudgetLineRequest(string Kind, string Name, decimal Amount);

internal sealed record ResolutionRequest(string? Number, DateOnly? Date, string? Office);

internal sealed record GrantRequest(
    string Title,
    string? Project,
    string BeneficiaryId,
    string BudgetLineId,
    ResolutionRequest? Resolution,
    int YearFrom,
    int YearTo,
    decimal Awarded,
    decimal? TotalProjectCost,
    string? LegalBasis,
    string? SelectionMethod,
    string? Notes);

internal sealed record EmptyRequest;

internal sealed record AmendmentRequest(string Kind, decimal Amount, string? Reason);

internal sealed record StipendReservationRequest(string BudgetLineId, int Months, decimal MonthlyAmount);
