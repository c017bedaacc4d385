using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Grants.Reservations;

public enum ReservationStatus
{
    Reserved,
    Refused,  // kept for the record; asking again with the same id is decided afresh
    Released, // the unused part went back to the line; the used part stays committed
}

/// <summary>
/// Stipend money (borse lavoro) set aside on a stipends line for one placement. Its id is the requester's reservation
/// id, so the same request twice reserves once. Only an opaque placement id: Grants holds no data about people.
/// Each decision and the release raise their event.
/// </summary>
public sealed class StipendReservation : Aggregate, ITenantOwned, IHasId
{
    private StipendReservation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid? PlacementId { get; private set; }

    public Guid BudgetLineId { get; private set; }

    public int Months { get; private set; }

    public decimal MonthlyAmount { get; private set; }

    public decimal Amount { get; private set; }

    public ReservationStatus Status { get; private set; }

    public string? RefusalReason { get; private set; }

    public decimal ReleasedAmount { get; private set; }

    public string? ReleaseReason { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>What stays committed on the line: all of it while reserved, the used part once released, nothing if refused.</summary>
    public decimal Retained => Status == ReservationStatus.Refused ? 0 : Amount - ReleasedAmount;

    public static StipendReservation Create(
        string tenantId, Guid id, Guid? placementId, Guid lineId, int months, decimal monthlyAmount, DateTimeOffset now) => new()
        {
            Id = id,
            TenantId = tenantId,
            PlacementId = placementId,
            BudgetLineId = lineId,
            Months = months,
            MonthlyAmount = monthlyAmount,
            Amount = months * monthlyAmount,
            RequestedAt = now,
        };

    /// <summary>The money was taken from the line (the caller holds the line's lock).</summary>
    public void Reserved(Guid? placementId, Guid lineId, int months, decimal monthlyAmount, DateTimeOffset now)
    {
        Decide(placementId, lineId, months, monthlyAmount, now);
        Status = ReservationStatus.Reserved;
        RefusalReason = null;
        Raise(ReservationEvents.Reserved(this, now));
    }

    /// <summary>Nothing was taken; the request is kept as asked, for the record.</summary>
    public void Refused(Guid? placementId, Guid lineId, int months, decimal monthlyAmount, string reason, DateTimeOffset now)
    {
        Decide(placementId, lineId, months, monthlyAmount, now);
        Status = ReservationStatus.Refused;
        RefusalReason = reason;
        Raise(ReservationEvents.Refused(this, now));
    }

    /// <summary>Ends the reservation; returns what goes back to the line (all but <paramref name="used"/>).</summary>
    public decimal Release(decimal used, string? reason, DateTimeOffset now)
    {
        var retained = Math.Clamp(used, 0, Amount);
        ReleasedAmount = Amount - retained;
        ReleaseReason = reason;
        ReleasedAt = now;
        Status = ReservationStatus.Released;
        Version++;
        Raise(ReservationEvents.Released(this, now));
        return ReleasedAmount;
    }

    private void Decide(Guid? placementId, Guid lineId, int months, decimal monthlyAmount, DateTimeOffset now)
    {
        PlacementId = placementId;
        BudgetLineId = lineId;
        Months = months;
        MonthlyAmount = monthlyAmount;
        Amount = months * monthlyAmount;
        RequestedAt = now;
        Version++;
    }
}
