namespace Rete.Web.Placements;

/// <summary>A placement as Placements answers it, with its months of attendance and its follow-ups.</summary>
public sealed record Placement(
    Guid Id, Guid PersonId, string Kind, Guid PromotingOrganisationId, Guid HostOrganisationId, Guid? ReferralId, Guid BudgetLineId,
    decimal MonthlyStipend, int DurationMonths, decimal RequestedAmount, DateOnly PlannedStart, DateOnly PlannedEnd, decimal WeeklyHours,
    string Tutor, string Status, string? FundingRefusal, int FundingRequests, decimal? ReservedAmount, DateOnly? StartedOn,
    DateOnly? EndedOn, string? EndReason, decimal StipendsDue, decimal PaidAmount, decimal? ReleasedAmount, string? Outcome,
    string? ContractType, DateOnly? OutcomeRecordedOn, IReadOnlyList<AttendanceMonth> Attendance, IReadOnlyList<FollowUp> FollowUps, int Version)
{
    public bool Ended => Status is "completed" or "interrupted";
}

public sealed record AttendanceMonth(int Number, DateOnly MonthStart, int DaysAttended, int DaysScheduled, decimal StipendDue);

public sealed record FollowUp(
    Guid Id, Guid PlacementId, int DaysAfterEnd, DateOnly DueOn, DateOnly? RecordedOn, bool? Employed, bool? InAssistanceCircuit, string? Note);

public sealed record ProposePlacementRequest(
    Guid? PersonId, string? Kind, Guid? PromotingOrganisationId, Guid? HostOrganisationId, Guid? ReferralId, Guid? BudgetLineId,
    decimal? MonthlyStipend, int? DurationMonths, DateOnly? PlannedStart, DateOnly? PlannedEnd, decimal? WeeklyHours, string? Tutor);

/// <summary>Grants' budgets, only to offer their stipend lines with what is still available.</summary>
public sealed record Budget(Guid Id, int Year, string Source, string? Name, IReadOnlyList<BudgetLine> Lines);

public sealed record BudgetLine(Guid Id, string Kind, string Name, decimal Available);
