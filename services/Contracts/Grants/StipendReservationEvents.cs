namespace Rete.Contracts.Grants;

// Grants' answers to Rete.Contracts.Placements.StipendReservationRequested and ...ReleaseRequested.
// Stipends are committed in aggregate on a budget line: no event names a person.

/// <summary>Money for a placement's stipends is set aside: <see cref="Amount"/> = months × monthly amount.</summary>
public sealed record StipendsReserved(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReservationId, int Version, Guid? PlacementId,
    Guid BudgetLineId, int Months, decimal MonthlyAmount, decimal Amount)
    : IIntegrationEvent;

/// <summary>
/// A reservation was refused; nothing is set aside. <see cref="Reason"/> is a code: "insufficient-funds",
/// "unknown-line", "line-not-stipends" or "invalid-request".
/// </summary>
public sealed record StipendReservationRefused(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReservationId, Guid? PlacementId, Guid BudgetLineId,
    string Reason, decimal RequestedAmount)
    : IIntegrationEvent;

/// <summary>The unused part of a reservation went back to its budget line; what was used stays committed.</summary>
public sealed record StipendReservationReleased(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReservationId, int Version, Guid? PlacementId,
    Guid BudgetLineId, decimal ReleasedAmount, decimal RetainedAmount, string? Reason)
    : IIntegrationEvent;
