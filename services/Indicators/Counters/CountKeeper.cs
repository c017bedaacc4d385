using Microsoft.EntityFrameworkCore;

namespace Rete.Indicators.Counters;

/// <summary>
/// Keeps <c>figure_counts</c> equal to the grouping of the figure rows. What a row counts is defined once, in SQL, by
/// the view <c>figure_count_rows</c> (migration <c>Counters</c>): the same view fills the counts from scratch
/// (<c>fill_figure_counts</c>, used by the migration, the rebuild and the bench) and gives what some rows count before
/// and after a fold, whose difference is applied here in the fold's transaction. A replay or a duplicate folds the
/// same rows again: the difference is zero and nothing is written. Out-of-order events leave the rows as in-order
/// delivery would, so the counts too.
/// </summary>
internal static class CountKeeper
{
    /// <summary>What is counted for some rows: those of the given aggregates, and the given people's own figures (caseload today and its changes by day, first GOL assignment days; or everything of theirs).</summary>
    public sealed record Selection(Guid[] Aggregates, Guid[] People, bool WholePeople);

    public sealed class CountRow
    {
        public string Figure { get; init; } = "";

        public string Grain { get; init; } = "";

        public DateOnly Bucket { get; init; }

        public string Municipality { get; init; } = "";

        public string District { get; init; } = "";

        public string Key { get; init; } = "";

        public long Count { get; init; }

        public decimal Amount { get; init; }

        public (string, string, DateOnly, string, string, string) Cell => (Figure, Grain, Bucket, Municipality, District, Key);
    }

    public static Task<List<CountRow>> CountsAsync(IndicatorsDbContext db, Selection s, CancellationToken ct) =>
        db.Database.SqlQuery<CountRow>(
                $"""
                SELECT figure AS "Figure", grain AS "Grain", bucket AS "Bucket", municipality AS "Municipality", district AS "District",
                       key AS "Key", sum(count)::bigint AS "Count", sum(amount) AS "Amount"
                FROM figure_count_rows
                WHERE tenant_id = {db.CurrentTenantId}
                  AND ((figure NOT IN ('caseload', 'caseload.changes', 'gol.people') AND source_id = ANY({s.Aggregates}))
                       OR (person_id = ANY({s.People}) AND (figure IN ('caseload', 'caseload.changes', 'gol.people') OR {s.WholePeople})))
                GROUP BY figure, grain, bucket, municipality, district, key
                """)
            .ToListAsync(ct);

    /// <summary>Adds after − before to the counts, in one statement, cells in a fixed order so concurrent folds lock them alike.</summary>
    public static async Task ApplyAsync(IndicatorsDbContext db, List<CountRow> before, List<CountRow> after, CancellationToken ct)
    {
        var change = new Dictionary<(string, string, DateOnly, string, string, string), (long Count, decimal Amount)>();
        foreach (var (rows, sign) in new[] { (after, 1), (before, -1) })
        {
            foreach (var r in rows)
            {
                var (count, amount) = change.GetValueOrDefault(r.Cell);
                change[r.Cell] = (count + sign * r.Count, amount + sign * r.Amount);
            }
        }

        var cells = change.Where(c => c.Value != (0, 0m)).OrderBy(c => c.Key).ToList();
        if (cells.Count == 0)
        {
            return;
        }

        var (figures, grains, buckets) = (cells.Select(c => c.Key.Item1).ToArray(), cells.Select(c => c.Key.Item2).ToArray(), cells.Select(c => c.Key.Item3).ToArray());
        var (municipalities, districts, keys) = (cells.Select(c => c.Key.Item4).ToArray(), cells.Select(c => c.Key.Item5).ToArray(), cells.Select(c => c.Key.Item6).ToArray());
        var (counts, amounts) = (cells.Select(c => c.Value.Count).ToArray(), cells.Select(c => c.Value.Amount).ToArray());
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO figure_counts (tenant_id, figure, grain, bucket, municipality, district, key, count, amount)
            SELECT {db.CurrentTenantId}, c.* FROM unnest({figures}, {grains}, {buckets}, {municipalities}, {districts}, {keys}, {counts}, {amounts}) c
            ON CONFLICT (tenant_id, figure, grain, bucket, municipality, district, key)
            DO UPDATE SET count = figure_counts.count + excluded.count, amount = figure_counts.amount + excluded.amount
            """,
            ct);
    }

    /// <summary>The tenant's counts from its rows alone (after a rebuild): the migration's <c>fill_figure_counts</c>.</summary>
    public static Task FillAsync(IndicatorsDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT fill_figure_counts({db.CurrentTenantId})", ct);
}
