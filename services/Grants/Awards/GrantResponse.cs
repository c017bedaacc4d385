namespace Rete.Grants.Awards;

public sealed record AmendmentResponse(Guid Id, AmendmentKind Kind, decimal Amount, decimal AwardedAfter, Resolution Resolution, string? Reason, DateTimeOffset RecordedAt);

public sealed record DisbursementResponse(Guid Id, decimal Amount, DateOnly Date, string? Reference, DateTimeOffset RecordedAt);

public sealed record GrantResponse(
    Guid Id, string Title, string? Project, Guid BeneficiaryId, Guid BudgetLineId, Resolution Resolution,
    int YearFrom, int YearTo, DateOnly? StartDate, DateOnly? EndDate,
    decimal InitialAward, decimal Awarded, decimal Disbursed, decimal Undisbursed, decimal? TotalProjectCost,
    string? LegalBasis, string? SelectionMethod, string? Notes, GrantStatus Status,
    decimal? ActualSpend, DateOnly? ReportedOn, string? ReportNote, string? RevocationReason, decimal? ReleasedOnRevocation,
    IReadOnlyList<AmendmentResponse> Amendments, IReadOnlyList<DisbursementResponse> Disbursements,
    int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static GrantResponse From(Grant g) => new(
        g.Id, g.Title, g.Project, g.BeneficiaryId, g.BudgetLineId, g.Resolution, g.YearFrom, g.YearTo, g.StartDate, g.EndDate,
        g.InitialAward, g.Awarded, g.Disbursed, g.Undisbursed, g.TotalProjectCost, g.LegalBasis, g.SelectionMethod, g.Notes, g.Status,
        g.ActualSpend, g.ReportedOn, g.ReportNote, g.RevocationReason, g.ReleasedOnRevocation,
        g.Amendments.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).Select(a => new AmendmentResponse(a.Id, a.Kind, a.Amount, a.AwardedAfter, a.Resolution, a.Reason, a.RecordedAt)).ToList(),
        g.Disbursements.OrderBy(d => d.RecordedAt).ThenBy(d => d.Id).Select(d => new DisbursementResponse(d.Id, d.Amount, d.Date, d.Reference, d.RecordedAt)).ToList(),
        g.Version, g.CreatedAt, g.UpdatedAt);
}
