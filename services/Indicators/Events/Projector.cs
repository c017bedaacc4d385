using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Counters;

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

    /// <summary>
    /// Replaces the aggregate's figure rows with the fold of its stored events, and moves the counts by what the rows
    /// count after minus what they counted before (a person's event: everything the person is counted in, since a new
    /// residence moves their referrals and placements to another area).
    /// </summary>
    public async Task FoldAsync(IndicatorsDbContext db, string stream, Guid id, CancellationToken ct)
    {
        var rows = await db.RecordedEvents.AsNoTracking()
            .Where(r => r.Stream == stream && r.StreamId == id)
            .OrderBy(r => r.Version).ThenBy(r => r.OccurredAt).ThenBy(r => r.EventId)
            .ToListAsync(ct);
        var fold = byStream[stream];
        var oldPerson = await PersonOfAsync(db, stream, id, ct);
        fold.Add(db, id, rows.Select(r => r.ToEvent()).OfType<IIntegrationEvent>().ToList());
        CountKeeper.Selection? counted = stream switch
        {
            Streams.Person => new([], [id], WholePeople: true),
            Streams.Referral or Streams.Placement or Streams.GolAssignment => new([id], PeopleOf(db, oldPerson), WholePeople: false),
            _ => null,
        };
        if (counted is null)
        {
            await fold.RemoveAsync(db, id, ct);
            return;
        }

        // The person's residence is read for the counts: a move of the same person folded at once waits for this one.
        foreach (var person in counted.People.Where(p => p != id).Order())
        {
            await LockAsync(db, person, ct);
        }

        var before = await CountKeeper.CountsAsync(db, counted, ct);
        await fold.RemoveAsync(db, id, ct);
        await db.SaveChangesAsync(ct);
        var after = await CountKeeper.CountsAsync(db, counted, ct);
        await CountKeeper.ApplyAsync(db, before, after, ct);
    }

    private static async Task<Guid?> PersonOfAsync(IndicatorsDbContext db, string stream, Guid id, CancellationToken ct) => stream switch
    {
        Streams.Referral => await db.Referrals.Where(r => r.Id == id).Select(r => r.PersonId).FirstOrDefaultAsync(ct),
        Streams.Placement => await db.Placements.Where(p => p.Id == id).Select(p => p.PersonId).FirstOrDefaultAsync(ct),
        Streams.GolAssignment => await db.GolAssignments.Where(a => a.Id == id).Select(a => a.PersonId).FirstOrDefaultAsync(ct),
        _ => null,
    };

    /// <summary>The person the stored row named and the one the new fold names (the first events may not name one).</summary>
    private static Guid[] PeopleOf(IndicatorsDbContext db, Guid? oldPerson) =>
        db.ChangeTracker.Entries<IPersonRow>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.PersonId)
            .Append(oldPerson).OfType<Guid>().Distinct().ToArray();

    /// <summary>
    /// Wipes the tenant's figures and folds every stored stream again, then fills the counts from the rows; <c>Indicators:RebuildBatch</c> (1,000) aggregates at a
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

        await CountKeeper.FillAsync(db, ct);

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
