using Rete.Placements.Attendance;
using Rete.Placements.FollowUps;
using Rete.ServiceDefaults.Json;

namespace Rete.Placements.Placements;

public sealed record AttendanceResponse(int Number, DateOnly MonthStart, int DaysAttended, int DaysScheduled, decimal StipendDue)
{
    public static AttendanceResponse From(AttendanceMonth a) => new(a.Number, a.MonthStart, a.DaysAttended, a.DaysScheduled, a.StipendDue);
}

public sealed record FollowUpResponse(
    Guid Id, Guid PlacementId, int DaysAfterEnd, DateOnly DueOn, DateOnly? RecordedOn, bool? Employed, bool? InAssistanceCircuit, string? Note)
{
    public static FollowUpResponse From(FollowUp f) =>
        new(f.Id, f.PlacementId, f.DaysAfterEnd, f.DueOn, f.RecordedOn, f.Employed, f.InAssistanceCircuit, f.Note);
}

public sealed record PlacementResponse(
    Guid Id, Guid PersonId, string Kind, Guid PromotingOrganisationId, Guid HostOrganisationId, Guid? ReferralId, Guid BudgetLineId,
    decimal MonthlyStipend, int DurationMonths, decimal RequestedAmount, DateOnly PlannedStart, DateOnly PlannedEnd, decimal WeeklyHours,
    string Tutor, string Status, string? FundingRefusal, int FundingRequests, decimal? ReservedAmount, DateOnly? StartedOn,
    DateOnly? EndedOn, string? EndReason, decimal StipendsDue, decimal PaidAmount, decimal? ReleasedAmount, string? Outcome,
    string? ContractType, DateOnly? OutcomeRecordedOn, IReadOnlyList<AttendanceResponse> Attendance,
    IReadOnlyList<FollowUpResponse> FollowUps, int Version)
{
    public static PlacementResponse From(Placement p) => From(p, hostView: false);

    /// <summary>
    /// The host's view leaves out what the network knows of the person beyond the placement itself: why it ended early
    /// (free text that may speak of health), the referral that led to it (it names the sending service) and the
    /// follow-ups after the end (whether the person is still in the assistance circuit). The host keeps the kind: it
    /// signed the convention of that kind.
    /// </summary>
    public static PlacementResponse From(Placement p, bool hostView) =>
        new(p.Id, p.PersonId, p.KindName, p.PromotingOrganisationId, p.HostOrganisationId, hostView ? null : p.ReferralId, p.BudgetLineId,
            p.MonthlyStipend, p.DurationMonths, p.RequestedAmount, p.PlannedStart, p.PlannedEnd, p.WeeklyHours, p.Tutor,
            EnumText.Name(p.Status), p.FundingRefusal, p.FundingRequests, p.ReservedAmount, p.StartedOn, p.EndedOn,
            hostView ? null : p.EndReason, p.StipendsDue, p.PaidAmount, p.ReleasedAmount, p.Outcome is { } o ? EnumText.Name(o) : null,
            p.ContractType, p.OutcomeRecordedOn, p.Attendance.OrderBy(a => a.Number).Select(AttendanceResponse.From).ToList(),
            hostView ? [] : p.FollowUps.OrderBy(f => f.DaysAfterEnd).Select(FollowUpResponse.From).ToList(), p.Version);
}
