using Rete.Contracts.Grants;

namespace Rete.Grants.Reservations;

internal static class ReservationEvents
{
    public static StipendsReserved Reserved(StipendReservation r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), r.TenantId, now, r.Id, r.Version, r.PlacementId, r.BudgetLineId, r.Months, r.MonthlyAmount, r.Amount);

    public static StipendReservationRefused Refused(string tenantId, ReservationRequest request, string reason, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), tenantId, now, request.ReservationId, request.PlacementId, request.BudgetLineId, reason, request.Amount);

    public static StipendReservationReleased Released(StipendReservation r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), r.TenantId, now, r.Id, r.Version, r.PlacementId, r.BudgetLineId, r.ReleasedAmount, r.Retained, r.ReleaseReason);
}
