using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Funding;

internal sealed class BudgetLineFold : IStreamFold
{
    public string Stream => Streams.BudgetLine;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.BudgetLines.Where(l => l.Id == id).ExecuteDeleteAsync(ct);
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

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.Grants.Where(g => g.Id == id).ExecuteDeleteAsync(ct);
        db.Grants.Add(GrantFigure.Fold(db.CurrentTenantId!, id, events));
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Grants.ExecuteDeleteAsync(ct);
}

internal sealed class ReservationFold : IStreamFold
{
    public string Stream => Streams.Reservation;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.Reservations.Where(r => r.Id == id).ExecuteDeleteAsync(ct);
        if (ReservationFigure.Fold(db.CurrentTenantId!, id, events) is { } reservation)
        {
            db.Reservations.Add(reservation);
        }
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Reservations.ExecuteDeleteAsync(ct);
}
