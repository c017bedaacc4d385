using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Rete.Indicators.Figures;

namespace Rete.Indicators.Counters;

/// <summary>
/// Reads figures from <c>figure_counts</c>: a range of days is covered by whole years, then whole months, then days
/// (at most about 110 year buckets, 22 month buckets and 60 day buckets), so a read sums a few hundred rows per figure
/// and area, not the tenant's rows. Several figures are read in one round trip.
/// </summary>
internal static class CountReader
{
    /// <summary>
    /// One figure over a range of days (or, for a figure kept for today only, its one bucket). The figure's name is
    /// one of this service's constants and is written into the SQL, so a partial index on it applies to every plan.
    /// </summary>
    public sealed record Request(string Label, string Figure, DateOnly From, DateOnly To, bool Today = false);

    public sealed class Sum
    {
        public string Label { get; init; } = "";

        public string Key { get; init; } = "";

        public long Count { get; init; }

        public decimal Amount { get; init; }

        /// <summary>The key's parts (the figure's dimensions, in the order the view joins them).</summary>
        public string[] Parts => Key.Split('|');
    }

    public static readonly DateOnly TodayBucket = new(1990, 1, 1);

    public static async Task<ILookup<string, Sum>> SumAsync(IndicatorsDbContext db, Area area, IReadOnlyList<Request> requests, CancellationToken ct)
    {
        var parameters = new List<NpgsqlParameter> { new("t", db.CurrentTenantId) };
        var areaSql = "municipality = '*' AND district = ''";
        if (area.Municipalities is { } municipalities)
        {
            parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = municipalities.ToArray() });
            areaSql = "municipality = ANY(@m)";
        }

        if (area.District is { } district)
        {
            parameters.Add(new NpgsqlParameter("d", district));
            areaSql = (area.Municipalities is null ? "municipality <> '*'" : areaSql) + " AND district = @d";
        }

        var selects = new List<string>();
        foreach (var (r, n) in requests.Select((r, n) => (r, n)))
        {
            parameters.Add(new NpgsqlParameter($"l{n}", r.Label));
            var ranges = r.Today ? [("n", TodayBucket, TodayBucket)] : Cover(r.From, r.To).ToList();
            if (ranges.Count == 0)
            {
                continue;
            }

            // One branch per range rather than one OR: each branch is a plain range on an index, read index-only where
            // an index covers it (the past caseload's), instead of a bitmap scan visiting the table's pages.
            var branches = ranges.Select((g, i) =>
            {
                parameters.Add(new NpgsqlParameter($"a{n}_{i}", NpgsqlDbType.Date) { Value = g.From });
                parameters.Add(new NpgsqlParameter($"b{n}_{i}", NpgsqlDbType.Date) { Value = g.To });
                return $"SELECT key, count, amount FROM figure_counts WHERE tenant_id = @t AND figure = '{r.Figure}' AND {areaSql} AND grain = '{g.Grain}' AND bucket BETWEEN @a{n}_{i} AND @b{n}_{i}";
            });
            selects.Add($"""
                SELECT @l{n} AS "Label", key AS "Key", sum(count)::bigint AS "Count", sum(amount) AS "Amount"
                FROM ({string.Join(" UNION ALL ", branches)}) c{n}
                GROUP BY key
                """);
        }

        if (selects.Count == 0)
        {
            return Array.Empty<Sum>().ToLookup(s => s.Label);
        }

        var rows = await db.Database.SqlQueryRaw<Sum>(string.Join("\nUNION ALL\n", selects), [.. parameters]).ToListAsync(ct);
        return rows.Where(s => s.Count != 0 || s.Amount != 0).ToLookup(s => s.Label);
    }

    /// <summary>The buckets covering [from, to]: whole years, then whole months at either end, then single days.</summary>
    public static IEnumerable<(string Grain, DateOnly From, DateOnly To)> Cover(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            yield break;
        }

        var firstYear = from.DayOfYear == 1 ? from.Year : from.Year + 1;
        var lastYear = to.Month == 12 && to.Day == 31 ? to.Year : to.Year - 1;
        if (firstYear > lastYear)
        {
            foreach (var b in Months(from, to))
            {
                yield return b;
            }

            yield break;
        }

        yield return ("y", new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 1, 1));
        foreach (var b in Months(from, new DateOnly(firstYear, 1, 1).AddDays(-1)).Concat(Months(new DateOnly(lastYear + 1, 1, 1), to)))
        {
            yield return b;
        }
    }

    private static IEnumerable<(string Grain, DateOnly From, DateOnly To)> Months(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            yield break;
        }

        var firstMonth = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var lastMonth = to.AddDays(1).Day == 1 ? new DateOnly(to.Year, to.Month, 1) : new DateOnly(to.Year, to.Month, 1).AddMonths(-1);
        if (firstMonth > lastMonth)
        {
            yield return ("d", from, to);
            yield break;
        }

        yield return ("m", firstMonth, lastMonth);
        if (from < firstMonth)
        {
            yield return ("d", from, firstMonth.AddDays(-1));
        }

        if (lastMonth.AddMonths(1) <= to)
        {
            yield return ("d", lastMonth.AddMonths(1), to);
        }
    }
}
