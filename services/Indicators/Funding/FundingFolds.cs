using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Funding;

internal sealed class BudgetLineFold : IStreamFold
{
    public string Stream => Streams.BudgetLine;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.BudgetLines.Where(l => l.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events)
    {
        if (BudgetLineFigure.Fold(db.CurrentTenantId!, id, events) is { } line)
        {
            db.BudgetLines.Add(line);
        }
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.BudgetLines.ExecuteDeleteAsync(ct);
}

internal sealed class GrantFold : IStreamFold
{
    public string Stream => Streams.Grant;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Grants.Where(g => g.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.Grants.Add(GrantFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Grants.ExecuteDeleteAsync(ct);
}

internal sealed class ReservationFold : IStreamFold
{
    public string Stream => Streams.Reservation;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Reservations.Where(r => r.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events)
    {
        if (ReservationFigure.Fold(db.CurrentTenantId!, id, events) is { } reservation)
        {
            db.Reservations.Add(reservation);
        }
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Reservations.ExecuteDeleteAsync(ct);
}
