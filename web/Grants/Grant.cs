namespace Rete.Web.Grants;

/// <summary>A budget as Grants answers it: each line with what is awarded, reserved, disbursed and still available.</summary>
public sealed record Budget(
    Guid Id, int Year, string Source, string? Name, string? Notes, IReadOnlyList<BudgetLine> Lines,
    decimal Amount, decimal Awarded, decimal Reserved, decimal Disbursed, decimal Available, int Version);

public sealed record BudgetLine(
    Guid Id, Guid BudgetId, string Kind, string Name, decimal Amount, decimal Awarded, decimal Reserved, decimal Disbursed,
    decimal Available, int Version);

public sealed record Resolution(string? Number, DateOnly? Date, string? Office);

public sealed record Amendment(Guid Id, string Kind, decimal Amount, decimal AwardedAfter, Resolution Resolution, string? Reason, DateTimeOffset RecordedAt);

public sealed record Disbursement(Guid Id, decimal Amount, DateOnly Date, string? Reference, DateTimeOffset RecordedAt);

/// <summary>A grant (contributo) with its amendments and disbursements.</summary>
public sealed record Grant(
    Guid Id, string Title, string? Project, Guid BeneficiaryId, Guid BudgetLineId, Resolution Resolution,
    int YearFrom, int YearTo, DateOnly? StartDate, DateOnly? EndDate,
    decimal InitialAward, decimal Awarded, decimal Disbursed, decimal Undisbursed, decimal? TotalProjectCost,
    string? LegalBasis, string? SelectionMethod, string? Notes, string Status,
    decimal? ActualSpend, DateOnly? ReportedOn, string? ReportNote, string? RevocationReason, decimal? ReleasedOnRevocation,
    IReadOnlyList<Amendment> Amendments, IReadOnlyList<Disbursement> Disbursements, int Version);

public sealed record BudgetLineRequest(string? Kind, string? Name, decimal? Amount);

public sealed record CreateBudgetRequest(int? Year, string? Source, string? Name, string? Notes, IReadOnlyList<BudgetLineRequest> Lines);

public sealed record ChangeBudgetLineRequest(string? Name, decimal? Amount);

public sealed record RecordGrantRequest(
    string? Title, string? Project, Guid? BeneficiaryId, Guid? BudgetLineId, Resolution? Resolution,
    int? YearFrom, int? YearTo, decimal? Awarded, decimal? TotalProjectCost, string? LegalBasis, string? SelectionMethod, string? Notes);

/// <summary>The filters of the grants list, as the API names them.</summary>
public sealed record GrantSearch(int? Year, string? Status, Guid? BeneficiaryId, Guid? BudgetLineId, string? Cursor);
