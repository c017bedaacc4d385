using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Funding;

/// <summary>Stipend money set aside on a budget line; <see cref="Committed"/> is what stays after a release.</summary>
public sealed class ReservationFigure : ITenantOwned
{
    private ReservationFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid BudgetLineId { get; private set; }

    public Guid? PlacementId { get; private set; }

    public decimal Amount { get; private set; }

    public decimal Released { get; private set; }

    public decimal Committed { get; private set; }

    public static ReservationFigure? Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        ReservationFigure? r = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case StipendsReserved m:
                    r ??= new ReservationFigure { TenantId = tenantId, Id = id };
                    (r.BudgetLineId, r.PlacementId, r.Amount) = (m.BudgetLineId, m.PlacementId, m.Amount);
                    break;
                case StipendReservationReleased m:
                    r ??= new ReservationFigure { TenantId = tenantId, Id = id, BudgetLineId = m.BudgetLineId, PlacementId = m.PlacementId };
                    r.Released = m.ReleasedAmount;
                    break;
            }
        }

        if (r is not null)
        {
            r.Committed = Math.Max(0, r.Amount - r.Released);
        }

        return r;
    }
}
