using Microsoft.EntityFrameworkCore;
using Rete.Contracts;

namespace Rete.Indicators.Events;

/// <summary>Stores events and keeps the figure rows equal to the fold of each aggregate's stored events.</summary>
internal sealed class Projector(IEnumerable<IStreamFold> folds, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>Aggregates folded per round trip in a rebuild (<c>Indicators:RebuildBatch</c>).</summary>
    private readonly int rebuildBatch = Math.Max(1, configuration.GetValue("Indicators:RebuildBatch", 1000));

    private readonly Dictionary<string, IStreamFold> byStream = folds.ToDictionary(f => f.Stream);

    /// <summary>Stores the event (once: its id is the key) and folds its aggregate again. Call inside a transaction.</summary>
    public async Task RecordAsync(IndicatorsDbContext db, IIntegrationEvent e, CancellationToken ct)
    {
        if (Streams.KeyOf(e) is not { } key)
        {
            return;
        }

        await LockAsync(db, key.Id, ct);
        var stored = await db.RecordedEvents.AnyAsync(r => r.EventId == e.EventId, ct);
        if (!stored)
        {
            db.RecordedEvents.Add(RecordedEvent.From(e, key, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }

        await FoldAsync(db, key.Stream, key.Id, ct);
    }

    /// <summary>Replaces the aggregate's figure rows with the fold of its stored events.</summary>
    public async Task FoldAsync(IndicatorsDbContext db, string stream, Guid id, CancellationToken ct)
    {
        var rows = await db.RecordedEvents.AsNoTracking()
            .Where(r => r.Stream == stream && r.StreamId == id)
            .OrderBy(r => r.Version).ThenBy(r => r.OccurredAt).ThenBy(r => r.EventId)
            .ToListAsync(ct);
        var fold = byStream[stream];
        await fold.RemoveAsync(db, id, ct);
        fold.Add(db, id, rows.Select(r => r.ToEvent()).OfType<IIntegrationEvent>().ToList());
    }

    /// <summary>
    /// Wipes the tenant's figures and folds every stored stream again, <c>Indicators:RebuildBatch</c> (1,000) aggregates at a
    /// time: their events are read in one query, their rows written in one save, and the change tracker emptied, so
    /// memory stays bounded by a batch and the round trips by the number of batches, whatever the tenant's size.
    /// Call inside a transaction: readers see the old figures until it commits.
    /// </summary>
    public async Task<RebuildResult> RebuildAsync(IndicatorsDbContext db, CancellationToken ct)
    {
        foreach (var fold in byStream.Values)
        {
            await fold.ClearAsync(db, ct);
        }

        var (events, aggregates) = (0, 0);
        foreach (var (stream, fold) in byStream)
        {
            var after = Guid.Empty;
            while (true)
            {
                // Keyset paging over the (tenant, stream, stream id, version) index; row-level security keeps it to the tenant.
                var ids = await db.Database.SqlQuery<Guid>(
                        $"""
                        SELECT DISTINCT stream_id AS "Value" FROM recorded_events
                        WHERE tenant_id = {db.CurrentTenantId} AND stream = {stream} AND stream_id > {after}
                        ORDER BY 1 LIMIT {rebuildBatch}
                        """)
                    .ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                var rows = await db.RecordedEvents.AsNoTracking()
                    .Where(r => r.Stream == stream && ids.Contains(r.StreamId))
                    .OrderBy(r => r.StreamId).ThenBy(r => r.Version).ThenBy(r => r.OccurredAt).ThenBy(r => r.EventId)
                    .ToListAsync(ct);
                foreach (var aggregate in rows.GroupBy(r => r.StreamId))
                {
                    fold.Add(db, aggregate.Key, aggregate.Select(r => r.ToEvent()).OfType<IIntegrationEvent>().ToList());
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                (events, aggregates, after) = (events + rows.Count, aggregates + ids.Count, ids[^1]);
            }
        }

        return new RebuildResult(events, aggregates);
    }

    /// <summary>
    /// Events of one aggregate consumed at once from different queues would each fold without the other's event:
    /// a transaction-scoped advisory lock on the aggregate makes them take turns.
    /// </summary>
    private static Task LockAsync(IndicatorsDbContext db, Guid id, CancellationToken ct)
    {
        var bytes = id.ToByteArray();
        var key = BitConverter.ToInt64(bytes, 0) ^ BitConverter.ToInt64(bytes, 8);
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }
}

/// <summary>What a rebuild replayed: every stored event of the tenant, folded by aggregate.</summary>
public sealed record RebuildResult(int Events, int Aggregates);
