using Microsoft.EntityFrameworkCore;
using Rete.Grants.Budgets;
using Rete.Grants.Money;
using Rete.ServiceDefaults.Errors;

namespace Rete.Grants.Reservations;

/// <summary>What a reservation request asks for, whichever way it came (the bus or HTTP).</summary>
public sealed record ReservationRequest(Guid ReservationId, Guid? PlacementId, Guid BudgetLineId, int Months, decimal MonthlyAmount)
{
    public const int MaxMonths = 24;

    public bool IsValid => Months is > 0 and <= MaxMonths && Euro.IsPositiveAmount(MonthlyAmount) && MonthlyAmount * Months <= Euro.Max;

    /// <summary>Months × monthly amount, or 0 when the request is malformed.</summary>
    public decimal Amount => IsValid ? Months * MonthlyAmount : 0;
}

public enum ReservationOutcome
{
    Reserved,
    AlreadyDecided, // the same reservation id was reserved (or released) before: nothing changes
    Refused,
}

/// <summary>
/// Reserves and releases stipend money on a budget line. Runs inside the caller's transaction (a consumer's inbox
/// transaction, or an endpoint's) with the line's row locked, so concurrent requests on one line are decided one
/// after another against what is really left, and a repeated reservation id finds the first decision.
/// </summary>
public sealed class StipendReservations(GrantsDbContext db, TimeProvider clock)
{
    public async Task<(ReservationOutcome Outcome, StipendReservation? Reservation, string? Refusal)> ReserveAsync(
        ReservationRequest request, CancellationToken ct)
    {
        using var activity = GrantsTelemetry.Source.StartActivity("reserve stipends");
        activity?.SetTag("rete.budget_line.id", request.BudgetLineId);
        var decision = await DecideAsync(request, ct);
        var outcome = decision.Refusal ?? (decision.Outcome == ReservationOutcome.Reserved ? "reserved" : "already-decided");
        activity?.SetTag("rete.reservation.outcome", outcome);
        GrantsTelemetry.Reservations.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        return decision;
    }

    private async Task<(ReservationOutcome Outcome, StipendReservation? Reservation, string? Refusal)> DecideAsync(
        ReservationRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!request.IsValid)
        {
            // No reservation is created for a malformed request, so there is no aggregate to raise the refusal:
            // it is published by hand, and the requester still gets its answer.
            db.Publish(ReservationEvents.Refused(db.CurrentTenantId!, request, "invalid-request", now));
            return (ReservationOutcome.Refused, null, "invalid-request");
        }

        var line = await db.LockLineAsync(request.BudgetLineId, ct);
        var reservation = await db.Reservations.FirstOrDefaultAsync(r => r.Id == request.ReservationId, ct);
        if (reservation is { Status: not ReservationStatus.Refused })
        {
            return (ReservationOutcome.AlreadyDecided, reservation, null);
        }

        if (reservation is null)
        {
            reservation = StipendReservation.Create(db.CurrentTenantId!, request.ReservationId, request.PlacementId, request.BudgetLineId,
                request.Months, request.MonthlyAmount, now);
            db.Reservations.Add(reservation);
        }

        var refusal = Take(line, request.Amount);
        if (refusal is not null)
        {
            reservation.Refused(request.PlacementId, request.BudgetLineId, request.Months, request.MonthlyAmount, refusal, now);
            return (ReservationOutcome.Refused, reservation, refusal);
        }

        reservation.Reserved(request.PlacementId, request.BudgetLineId, request.Months, request.MonthlyAmount, now);
        return (ReservationOutcome.Reserved, reservation, null);
    }

    /// <summary>
    /// Gives back what a reservation will not use. Null when there is no such reservation; an already released or
    /// refused one is returned unchanged with <c>Released = false</c>.
    /// </summary>
    public async Task<(StipendReservation? Reservation, bool Released)> ReleaseAsync(
        Guid reservationId, decimal? usedAmount, string? reason, CancellationToken ct)
    {
        var lineId = await db.Reservations.Where(r => r.Id == reservationId).Select(r => (Guid?)r.BudgetLineId).FirstOrDefaultAsync(ct);
        if (lineId is null)
        {
            return (null, false);
        }

        var line = await db.LockLineAsync(lineId.Value, ct);
        var reservation = await db.Reservations.FirstAsync(r => r.Id == reservationId, ct);
        if (reservation.Status != ReservationStatus.Reserved || line is null)
        {
            return (reservation, false);
        }

        var now = clock.GetUtcNow();
        var released = reservation.Release(usedAmount ?? 0, reason, now);
        if (released > 0)
        {
            line.ReleaseReservation(released);
        }

        GrantsTelemetry.Reservations.Add(1, new KeyValuePair<string, object?>("outcome", "released"));
        return (reservation, true);
    }

    private static string? Take(BudgetLine? line, decimal amount)
    {
        if (line is null)
        {
            return "unknown-line";
        }

        try
        {
            line.Reserve(amount);
            return null;
        }
        catch (DomainException e)
        {
            return e.Code;
        }
    }
}
