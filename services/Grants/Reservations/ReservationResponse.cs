namespace Rete.Grants.Reservations;

public sealed record ReservationResponse(
    Guid Id, Guid? PlacementId, Guid BudgetLineId, int Months, decimal MonthlyAmount, decimal Amount, ReservationStatus Status,
    string? RefusalReason, decimal ReleasedAmount, decimal RetainedAmount, string? ReleaseReason, DateTimeOffset RequestedAt,
    DateTimeOffset? ReleasedAt, int Version)
{
    public static ReservationResponse From(StipendReservation r) => new(
        r.Id, r.PlacementId, r.BudgetLineId, r.Months, r.MonthlyAmount, r.Amount, r.Status, r.RefusalReason, r.ReleasedAmount, r.Retained,
        r.ReleaseReason, r.RequestedAt, r.ReleasedAt, r.Version);
}
