namespace Rete.Contracts.Placements;

// A placement (tirocinio, corso, assunzione) moves proposed → funded → active → completed or interrupted, or is
// cancelled before it starts. A person is an opaque id from Referrals: no event carries a name, a tax code, a
// birth date, contacts or health data. Kind travels as its camelCase name ("training", "observational", "course",
// "hire"); money is euro with two decimals. Kind and duration are repeated on the lifecycle events so that a
// consumer counting "started by kind and length" needs no join.

/// <summary>
/// A placement was proposed for a person; Grants is asked to reserve <see cref="DurationMonths"/> ×
/// <see cref="MonthlyStipend"/> on <see cref="BudgetLineId"/>.
/// </summary>
public sealed record PlacementProposed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid PersonId,
    string Kind, Guid PromotingOrganisationId, Guid HostOrganisationId, Guid? ReferralId, Guid BudgetLineId,
    decimal MonthlyStipend, int DurationMonths, DateOnly PlannedStart, DateOnly PlannedEnd, decimal WeeklyHours)
    : IIntegrationEvent;

/// <summary>Grants reserved the placement's stipends: <see cref="ReservedAmount"/> is set aside on the line.</summary>
public sealed record PlacementFunded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid ReservationId,
    Guid BudgetLineId, decimal ReservedAmount)
    : IIntegrationEvent;

/// <summary>Grants refused the reservation; the placement stays proposed. <see cref="Reason"/> is Grants' code.</summary>
public sealed record PlacementFundingRefused(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid BudgetLineId,
    string Reason, decimal RequestedAmount)
    : IIntegrationEvent;

/// <summary>The person started the placement on <see cref="StartedOn"/>.</summary>
public sealed record PlacementStarted(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid PersonId,
    string Kind, int DurationMonths, Guid HostOrganisationId, DateOnly StartedOn, DateOnly PlannedEnd)
    : IIntegrationEvent;

/// <summary>
/// The placement ran to its end. <see cref="PaidAmount"/> is the stipend due by attendance; the rest of the
/// reservation (<see cref="ReleasedAmount"/>) goes back to the line.
/// </summary>
public sealed record PlacementCompleted(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid PersonId,
    string Kind, int DurationMonths, DateOnly EndedOn, decimal PaidAmount, decimal ReleasedAmount)
    : IIntegrationEvent;

/// <summary>
/// The placement ended early; what attendance did not use (<see cref="ReleasedAmount"/>) goes back. The reason an
/// operator wrote stays in Placements: free text about a person (an illness, a family matter) is never in an event.
/// </summary>
public sealed record PlacementInterrupted(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid PersonId,
    string Kind, int DurationMonths, DateOnly EndedOn, decimal PaidAmount, decimal ReleasedAmount)
    : IIntegrationEvent;

/// <summary>The placement was cancelled before it started; a reservation, if any, is released whole (the reason stays in Placements).</summary>
public sealed record PlacementCancelled(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version)
    : IIntegrationEvent;

/// <summary>
/// The tutor recorded a month's attendance: <see cref="DaysAttended"/> of <see cref="DaysScheduled"/>, and the
/// stipend due for it (<see cref="StipendDue"/>). <see cref="Month"/> is the first day of the placement month (the start
/// date plus the month number less one, in months).
/// Recording the same month again replaces it (higher version).
/// </summary>
public sealed record PlacementAttendanceRecorded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid BudgetLineId,
    DateOnly Month, int DaysAttended, int DaysScheduled, decimal StipendDue)
    : IIntegrationEvent;

/// <summary>
/// The placement's outcome: "hired" (with <see cref="ContractType"/>, e.g. "permanent", "fixedTerm",
/// "apprenticeship"), "extended", "noHire" or "droppedOut".
/// </summary>
public sealed record PlacementOutcomeRecorded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid PersonId,
    string Kind, string Outcome, string? ContractType, DateOnly RecordedOn)
    : IIntegrationEvent;

/// <summary>
/// A follow-up <see cref="DaysAfterEnd"/> (31, 92 or 182) days after the end: is the person employed, are they
/// still in the social-assistance circuit.
/// </summary>
public sealed record PlacementFollowUpRecorded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PlacementId, int Version, Guid PersonId,
    int DaysAfterEnd, DateOnly DueOn, DateOnly RecordedOn, bool Employed, bool InAssistanceCircuit)
    : IIntegrationEvent;

/// <summary>
/// A project (a measure delivered to a person under a programme) was opened. <see cref="Programme"/> e.g. "gol",
/// "municipal"; <see cref="Measure"/> "orientation", "jobSearch", "placement", "golServices", "training".
/// </summary>
public sealed record ProjectOpened(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ProjectId, int Version, Guid PersonId,
    string Programme, string Measure, Guid? OrganisationId, DateOnly OpenedOn)
    : IIntegrationEvent;

/// <summary>A project was concluded on <see cref="ConcludedOn"/>.</summary>
public sealed record ProjectConcluded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ProjectId, int Version, Guid PersonId,
    string Programme, string Measure, DateOnly ConcludedOn)
    : IIntegrationEvent;
