using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Placements;

internal sealed class PlacementFold : IStreamFold
{
    public string Stream => Streams.Placement;

    public async Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct)
    {
        await db.FollowUps.Where(f => f.PlacementId == id).ExecuteDeleteAsync(ct);
        await db.Placements.Where(p => p.Id == id).ExecuteDeleteAsync(ct);
    }

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.Placements.Add(PlacementFigure.Fold(db.CurrentTenantId!, id, events));

    public async Task ClearAsync(IndicatorsDbContext db, CancellationToken ct)
    {
        await db.FollowUps.ExecuteDeleteAsync(ct);
        await db.Placements.ExecuteDeleteAsync(ct);
    }
}
