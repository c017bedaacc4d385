namespace Rete.Contracts.Placements;

// Placements asks Grants to set stipend money (borse lavoro) aside on a budget line for a placement, and to
// give back what a placement will not use. Grants answers with Rete.Contracts.Grants.StipendsReserved,
// StipendReservationRefused or StipendReservationReleased. No person is named: a placement is an opaque id.

/// <summary>
/// A placement needs <see cref="Months"/> × <see cref="MonthlyAmount"/> euro of stipends from a budget line.
/// <see cref="ReservationId"/> identifies the reservation (the placement's id or a request id): asking again with
/// the same id reserves nothing more.
/// </summary>
public sealed record StipendReservationRequested(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReservationId, Guid PlacementId, Guid BudgetLineId,
    int Months, decimal MonthlyAmount)
    : IIntegrationEvent;

/// <summary>
/// A placement ended early or was cancelled: the reservation's unused money goes back to its line.
/// <see cref="UsedAmount"/> is what was already paid and stays committed (none when null). <see cref="Reason"/> is
/// the kind of release ("tirocinio interrotto"), never what an operator wrote about the person.
/// </summary>
public sealed record StipendReservationReleaseRequested(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReservationId, string? Reason, decimal? UsedAmount = null)
    : IIntegrationEvent;
