using Rete.Contracts.Placements;
using Rete.Placements.Attendance;
using Rete.Placements.FollowUps;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Json;

namespace Rete.Placements.Placements;

/// <summary>What a proposal says about a placement, checked by the request's validator.</summary>
public sealed record PlacementTerms(
    Guid PersonId, PlacementKind Kind, Guid PromotingOrganisationId, Guid HostOrganisationId, Guid? ReferralId, Guid BudgetLineId,
    decimal MonthlyStipend, int DurationMonths, DateOnly PlannedStart, DateOnly PlannedEnd, decimal WeeklyHours, string Tutor);

/// <summary>
/// A placement and its funding saga: proposed (Grants is asked to reserve months × monthly stipend on the line) →
/// funded (Grants reserved) → active → completed or interrupted; cancelled before it starts. It is never active
/// without its reservation. The reservation id is the placement's id, so however often funding is asked for, Grants
/// reserves at most once.
/// </summary>
public sealed partial class Placement : Aggregate, ITenantOwned, IHasId
{
    public static readonly int[] Durations = [3, 4, 6];

    private Placement()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public PlacementKind Kind { get; private set; }

    public Guid PromotingOrganisationId { get; private set; }

    public Guid HostOrganisationId { get; private set; }

    public Guid? ReferralId { get; private set; }

    public Guid BudgetLineId { get; private set; }

    public decimal MonthlyStipend { get; private set; }

    public int DurationMonths { get; private set; }

    public DateOnly PlannedStart { get; private set; }

    public DateOnly PlannedEnd { get; private set; }

    public decimal WeeklyHours { get; private set; }

    /// <summary>The host's tutor, as the host names them (staff, not the person placed).</summary>
    public string Tutor { get; private set; } = "";

    public PlacementStatus Status { get; private set; }

    /// <summary>Grants' code for the last refusal, while the placement waits for funding.</summary>
    public string? FundingRefusal { get; private set; }

    /// <summary>How many times funding was asked for (the first proposal included).</summary>
    public int FundingRequests { get; private set; }

    public decimal? ReservedAmount { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>The stipends due by attendance; fixed when the placement ends.</summary>
    public decimal PaidAmount { get; private set; }

    /// <summary>What went back to the line when the placement ended or was cancelled.</summary>
    public decimal? ReleasedAmount { get; private set; }

    public PlacementOutcome? Outcome { get; private set; }

    public string? ContractType { get; private set; }

    public DateOnly? OutcomeRecordedOn { get; private set; }

    public List<AttendanceMonth> Attendance { get; private set; } = [];

    public List<FollowUp> FollowUps { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public decimal RequestedAmount => DurationMonths * MonthlyStipend;

    public string KindName => EnumText.Name(Kind);

    public static Placement Propose(string tenantId, PlacementTerms t, DateTimeOffset now)
    {
        var placement = new Placement
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            PersonId = t.PersonId,
            Kind = t.Kind,
            PromotingOrganisationId = t.PromotingOrganisationId,
            HostOrganisationId = t.HostOrganisationId,
            ReferralId = t.ReferralId,
            BudgetLineId = t.BudgetLineId,
            MonthlyStipend = t.MonthlyStipend,
            DurationMonths = t.DurationMonths,
            PlannedStart = t.PlannedStart,
            PlannedEnd = t.PlannedEnd,
            WeeklyHours = t.WeeklyHours,
            Tutor = t.Tutor.Trim(),
            Status = PlacementStatus.Proposed,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        placement.Raise(new PlacementProposed(Guid.CreateVersion7(now), tenantId, now, placement.Id, placement.Version, t.PersonId,
            placement.KindName, t.PromotingOrganisationId, t.HostOrganisationId, t.ReferralId, t.BudgetLineId, t.MonthlyStipend,
            t.DurationMonths, t.PlannedStart, t.PlannedEnd, t.WeeklyHours));
        placement.AskForFunding(now);
        return placement;
    }

    /// <summary>Asks Grants again after a refusal (money was added to the line, say). The reservation id stays the same.</summary>
    public void RetryFunding(DateTimeOffset now)
    {
        Require(Status == PlacementStatus.Proposed, "placement-not-proposed", "Si chiede il finanziamento solo per un tirocinio proposto.");
        Require(FundingRefusal is not null, "funding-pending", "La richiesta di finanziamento è già in attesa della risposta dei Contributi.");
        FundingRefusal = null;
        Changed(now);
        AskForFunding(now);
    }

    private void AskForFunding(DateTimeOffset now)
    {
        FundingRequests++;
        Raise(new StipendReservationRequested(Guid.CreateVersion7(now), TenantId, now, Id, Id, BudgetLineId, DurationMonths, MonthlyStipend));
    }

    /// <summary>Grants reserved the stipends. A reservation for a placement cancelled meanwhile is given back at once.</summary>
    public bool Funded(decimal amount, DateTimeOffset now)
    {
        if (Status == PlacementStatus.Cancelled && ReservedAmount is null)
        {
            ReservedAmount = amount;
            ReleasedAmount = amount;
            Changed(now);
            Raise(new StipendReservationReleaseRequested(Guid.CreateVersion7(now), TenantId, now, Id, "tirocinio annullato", 0m));
            return true;
        }

        if (Status != PlacementStatus.Proposed)
        {
            return false;
        }

        ReservedAmount = amount;
        FundingRefusal = null;
        Status = PlacementStatus.Funded;
        Changed(now);
        Raise(new PlacementFunded(Guid.CreateVersion7(now), TenantId, now, Id, Version, Id, BudgetLineId, amount));
        return true;
    }

    /// <summary>Grants refused: the placement stays proposed with Grants' reason until funding is asked for again.</summary>
    public bool FundingWasRefused(string reason, decimal requestedAmount, DateTimeOffset now)
    {
        if (Status != PlacementStatus.Proposed || FundingRefusal is not null)
        {
            return false;
        }

        FundingRefusal = reason;
        Changed(now);
        Raise(new PlacementFundingRefused(Guid.CreateVersion7(now), TenantId, now, Id, Version, BudgetLineId, reason, requestedAmount));
        return true;
    }

    public void Start(DateOnly on, DateTimeOffset now)
    {
        Require(Status == PlacementStatus.Funded, Status == PlacementStatus.Proposed ? "placement-not-funded" : "placement-not-startable",
            Status == PlacementStatus.Proposed
                ? "Il tirocinio non può iniziare: la borsa non è ancora finanziata."
                : "Il tirocinio è già iniziato, concluso o annullato.");
        StartedOn = on;
        Status = PlacementStatus.Active;
        Changed(now);
        Raise(new PlacementStarted(Guid.CreateVersion7(now), TenantId, now, Id, Version, PersonId, KindName, DurationMonths,
            HostOrganisationId, on, PlannedEnd));
    }

    /// <summary>Ran to its end: the stipends due by attendance are paid, what absences left unused goes back to the line.</summary>
    public void Complete(DateOnly on, DateTimeOffset now)
    {
        End(on, null, now);
        Status = PlacementStatus.Completed;
        Raise(new PlacementCompleted(Guid.CreateVersion7(now), TenantId, now, Id, Version, PersonId, KindName, DurationMonths, on,
            PaidAmount, ReleasedAmount ?? 0m));
        ReleaseUnused("tirocinio concluso", now);
    }

    /// <summary>Ended early: only the months attended are paid; the rest goes back to the line.</summary>
    public void Interrupt(DateOnly on, string? reason, DateTimeOffset now)
    {
        End(on, reason, now);
        Status = PlacementStatus.Interrupted;
        // The reason is kept here (EndReason) and shown to those who read the placement; events never carry it.
        Raise(new PlacementInterrupted(Guid.CreateVersion7(now), TenantId, now, Id, Version, PersonId, KindName, DurationMonths, on,
            PaidAmount, ReleasedAmount ?? 0m));
        ReleaseUnused("tirocinio interrotto", now);
    }

    private void End(DateOnly on, string? reason, DateTimeOffset now)
    {
        Require(Status == PlacementStatus.Active, "placement-not-active", "Si conclude o interrompe solo un tirocinio in corso.");
        Require(on >= StartedOn!.Value, "end-before-start", "La fine non può precedere l'inizio del tirocinio.");
        EndedOn = on;
        EndReason = reason;
        PaidAmount = Attendance.Sum(a => a.StipendDue);
        ReleasedAmount = (ReservedAmount ?? 0m) - PaidAmount;
        FollowUps.AddRange(FollowUp.Schedule(TenantId, Id, on, now));
        Changed(now);
    }

    private void ReleaseUnused(string reason, DateTimeOffset now)
    {
        if (ReleasedAmount > 0)
        {
            Raise(new StipendReservationReleaseRequested(Guid.CreateVersion7(now), TenantId, now, Id, reason, PaidAmount));
        }
    }

    /// <summary>Called off before it started; a reservation already made goes back whole, one still on its way when it comes.</summary>
    public void Cancel(string? reason, DateTimeOffset now)
    {
        Require(Status is PlacementStatus.Proposed or PlacementStatus.Funded, "placement-not-cancellable",
            "Si annulla solo un tirocinio non ancora iniziato.");
        var wasFunded = Status == PlacementStatus.Funded;
        Status = PlacementStatus.Cancelled;
        EndReason = reason;
        if (wasFunded)
        {
            ReleasedAmount = ReservedAmount;
        }

        Changed(now);
        Raise(new PlacementCancelled(Guid.CreateVersion7(now), TenantId, now, Id, Version));
        if (wasFunded || FundingRefusal is null)
        {
            // Unfunded and not refused: Grants may still reserve; its StipendsReserved then finds the placement cancelled.
            Raise(new StipendReservationReleaseRequested(Guid.CreateVersion7(now), TenantId, now, Id, "tirocinio annullato", 0m));
        }
    }

    public void RecordOutcome(PlacementOutcome outcome, string? contractType, DateOnly on, DateTimeOffset now)
    {
        Require(Status is PlacementStatus.Completed or PlacementStatus.Interrupted, "placement-not-ended",
            "L'esito si registra a tirocinio concluso o interrotto.");
        Require(Outcome is null, "outcome-recorded", "L'esito di questo tirocinio è già registrato.");
        Outcome = outcome;
        ContractType = outcome == PlacementOutcome.Hired ? contractType : null;
        OutcomeRecordedOn = on;
        Changed(now);
        Raise(new PlacementOutcomeRecorded(Guid.CreateVersion7(now), TenantId, now, Id, Version, PersonId, KindName,
            EnumText.Name(outcome), ContractType, on));
    }

    private void Changed(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    private static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new DomainException(code, message);
        }
    }
}
