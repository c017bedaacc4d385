using Rete.Contracts.Grants;

namespace Rete.Grants.Reservations;

internal static class ReservationEvents
{
    public static StipendsReserved Reserved(StipendReservation r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), r.TenantId, now, r.Id, r.Version, r.PlacementId, r.BudgetLineId, r.Months, r.MonthlyAmount, r.Amount);

    /// <summary>A refusal of a request that made no reservation (a malformed one): built from the request itself.</summary>
    public static StipendReservationRefused Refused(string tenantId, ReservationRequest request, string reason, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), tenantId, now, request.ReservationId, request.PlacementId, request.BudgetLineId, reason, request.Amount);

    /// <summary>A refusal the reservation recorded: the same fields, read from the reservation (its Amount is the request's).</summary>
    public static StipendReservationRefused Refused(StipendReservation r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), r.TenantId, now, r.Id, r.PlacementId, r.BudgetLineId, r.RefusalReason!, r.Amount);

    public static StipendReservationReleased Released(StipendReservation r, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), r.TenantId, now, r.Id, r.Version, r.PlacementId, r.BudgetLineId, r.ReleasedAmount, r.Retained, r.ReleaseReason);
}
