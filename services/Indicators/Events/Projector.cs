using Microsoft.EntityFrameworkCore;
using Rete.Contracts;

namespace Rete.Indicators.Events;

/// <summary>Stores events and keeps the figure rows equal to the fold of each aggregate's stored events.</summary>
internal sealed class Projector(IEnumerable<IStreamFold> folds, TimeProvider clock)
{
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
        var events = rows.Select(r => r.ToEvent()).OfType<IIntegrationEvent>().ToList();
        await byStream[stream].ReplaceAsync(db, id, events, ct);
    }

    /// <summary>Wipes the tenant's figures and folds every stored stream again.</summary>
    public async Task<RebuildResult> RebuildAsync(IndicatorsDbContext db, CancellationToken ct)
    {
        foreach (var fold in byStream.Values)
        {
            await fold.ClearAsync(db, ct);
        }

        var streams = await db.RecordedEvents.AsNoTracking()
            .Select(r => new { r.Stream, r.StreamId }).Distinct().ToListAsync(ct);
        foreach (var s in streams.Where(s => byStream.ContainsKey(s.Stream)))
        {
            await FoldAsync(db, s.Stream, s.StreamId, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return new RebuildResult(await db.RecordedEvents.CountAsync(ct), streams.Count);
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
