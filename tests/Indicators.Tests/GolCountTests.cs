using System.Net;
using System.Text.Json;
using Npgsql;
using Rete.Contracts;
using Rete.Contracts.Referrals;

namespace Rete.Indicators.Tests;

/// <summary>
/// GOL assignments are summed from counts by assigned day, and the people assigned from each person's first assignment
/// day (overall and per CPI) when the period starts before the tenant's first assignment; a later start reads the
/// rows. Whatever the delivery, the stored counts must equal the grouping of the rows, the first-day sums the distinct
/// people of the rows on every day, and the API the distinct people of the assignments in the period.
/// </summary>
[Collection(IndicatorsCollection.Name)]
public class GolCountTests(IndicatorsFixture fixture)
{
    private const string Torino = "001272";
    private static readonly Guid CpiA = Guid.CreateVersion7();
    private static readonly Guid CpiB = Guid.CreateVersion7();

    private static readonly string[] Queries =
    [
        "", "to=2024-06-30", "from=2023-01-01&to=2024-12-31", "mandate=2020-2024&district=2", "district=3", $"municipality={Torino}",
        "year=2024", "year=2024&district=2", "from=2024-03-01&to=2025-02-15", "from=2023-06-15",
    ];

    private sealed record Assignment(Guid Id, Guid Person, Guid Cpi, int Pathway, DateOnly On);

    [Fact]
    public async Task People_assigned_equal_the_rows_distinct_people_after_backwards_delivery_replays_a_move_and_a_rebuild()
    {
        var s = new Scenario(fixture);
        var (people, assignments, events) = Story(s.Tenant);
        await s.SendAsync(Enumerable.Reverse(events));
        await CheckAsync(s, people, assignments);

        var copies = s.Sent.Select(e => CounterTests.Copy(e)).ToList();
        await fixture.PublishAllAsync(s.Sent);
        await s.SendAsync(copies);
        await CheckAsync(s, people, assignments);

        // A person of district 2 with three assignments (two CPIs) moves to district 3, the move delivered twice.
        var mover = assignments.GroupBy(a => a.Person).First(g => people[g.Key] == "2" && g.Select(a => a.Cpi).Distinct().Count() == 2).Key;
        var move = new PersonResidenceChanged(Guid.CreateVersion7(), s.Tenant, Scenario.Now, mover, 2, Torino, "3");
        await s.SendAsync([move, move]);
        people[mover] = "3";
        await CheckAsync(s, people, assignments);

        await fixture.ExecuteAsync("UPDATE figure_counts SET count = count + 5 WHERE tenant_id = $1 AND figure LIKE 'gol.%'", s.Tenant);
        (await s.Admin.PostAsync(Scenario.Api + "/rebuild", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CheckAsync(s, people, assignments);
    }

    /// <summary>
    /// 40 people (the last two never registered, so only in the whole tenant), half in district 2 and half in 3; each has
    /// one to three assignments between 5 January 2023 and 2025 by CPI A or B, pathways 1-4; some are closed later.
    /// </summary>
    private static (Dictionary<Guid, string?> People, List<Assignment> Assignments, List<IIntegrationEvent> Events) Story(string tenant)
    {
        var random = new Random(12);
        var people = new Dictionary<Guid, string?>();
        var assignments = new List<Assignment>();
        var events = new List<IIntegrationEvent>();
        for (var n = 0; n < 40; n++)
        {
            var person = Guid.CreateVersion7();
            var district = n >= 38 ? null : n % 2 == 0 ? "2" : "3";
            people[person] = district;
            if (district is not null)
            {
                events.Add(new PersonRegistered(Guid.CreateVersion7(), tenant, Scenario.Now, person, 1, Torino, district));
            }

            for (var k = 0; k < 1 + n % 3; k++)
            {
                var a = new Assignment(Guid.CreateVersion7(), person, random.Next(2) == 0 ? CpiA : CpiB, 1 + random.Next(4),
                    n == 0 && k == 0 ? new DateOnly(2023, 1, 5) : new DateOnly(2023, 1, 6).AddDays(random.Next(1000)));
                assignments.Add(a);
                events.Add(new GolAssignmentCreated(Guid.CreateVersion7(), tenant, Scenario.Now, a.Id, person, 1, a.Cpi, Guid.CreateVersion7(),
                    Guid.CreateVersion7(), a.Pathway, null, a.On));
                if (random.Next(3) == 0)
                {
                    events.Add(new GolAssignmentClosed(Guid.CreateVersion7(), tenant, Scenario.Now, a.Id, person, 2, a.Cpi, Guid.CreateVersion7(),
                        a.Pathway, "employed", a.On.AddDays(90)));
                }
            }
        }

        return (people, assignments, events);
    }

    private async Task CheckAsync(Scenario s, Dictionary<Guid, string?> people, List<Assignment> assignments)
    {
        (await CountsAsync(s.Tenant)).ShouldBe(await CountsFromRowsAsync(s.Tenant));
        var summed = await SummedAsync(s.Tenant);
        summed.ShouldNotBeEmpty();
        summed.ShouldBe(await DistinctFromRowsAsync(s.Tenant));
        foreach (var query in Queries)
        {
            var report = await s.GetAsync($"/referrals?{query}");
            Figures(report).ShouldBe(Expected(query, people, assignments), query);
        }
    }

    /// <summary>The GOL figures as the API gives them: totals, then per CPI, then per pathway (null where suppressed).</summary>
    private static List<string> Figures(JsonElement report)
    {
        static string Of(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString() : "-";
        var rows = new List<string> { $"total {Of(report, "golAssignments")} {Of(report, "peopleAssigned")}" };
        rows.AddRange(report.GetProperty("assignedByCpi").EnumerateArray()
            .Select(c => $"cpi {c.GetProperty("cpiOrganisationId").GetGuid()} {Of(c, "assignments")} {Of(c, "people")}"));
        rows.AddRange(report.GetProperty("byPathway").EnumerateArray().Select(p => $"pathway {p.GetProperty("pathway").GetInt32()} {Of(p, "assignments")}"));
        return rows;
    }

    /// <summary>The same figures from the story itself: the assignments made in the period by residents of the area.</summary>
    private static List<string> Expected(string query, Dictionary<Guid, string?> people, List<Assignment> assignments)
    {
        var q = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var (from, to) = (new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        if (q.TryGetValue("year", out var year))
        {
            (from, to) = (new DateOnly(int.Parse(year), 1, 1), new DateOnly(int.Parse(year), 12, 31));
        }

        if (q.TryGetValue("mandate", out var mandate))
        {
            (from, to) = (new DateOnly(int.Parse(mandate[..4]), 1, 1), new DateOnly(int.Parse(mandate[5..]), 12, 31));
        }

        from = q.TryGetValue("from", out var f) ? DateOnly.Parse(f) : from;
        to = q.TryGetValue("to", out var t) ? DateOnly.Parse(t) : to;
        var district = q.GetValueOrDefault("district");
        var inArea = assignments.Where(a => a.On >= from && a.On <= to)
            .Where(a => district is null ? !q.ContainsKey("municipality") || people[a.Person] is not null : people[a.Person] == district).ToList();
        static string Shown(int n) => n is > 0 and < 3 ? "-" : n.ToString();
        var rows = new List<string> { $"total {Shown(inArea.Count)} {Shown(inArea.Select(a => a.Person).Distinct().Count())}" };
        rows.AddRange(inArea.GroupBy(a => a.Cpi).OrderBy(g => g.Key)
            .Select(g => $"cpi {g.Key} {Shown(g.Count())} {Shown(g.Select(a => a.Person).Distinct().Count())}"));
        rows.AddRange(inArea.GroupBy(a => a.Pathway).OrderBy(g => g.Key).Select(g => $"pathway {g.Key} {Shown(g.Count())}"));
        return rows;
    }

    private const string Days = "SELECT generate_series(DATE '2023-01-01', DATE '2025-12-31', interval '1 day')::date AS day";

    /// <summary>Every day's people assigned so far, per area and key (any CPI, or one), summed from the first-day counts.</summary>
    private Task<List<string>> SummedAsync(string tenant) => fixture.RowsAsync(
        $"""
        SELECT d.day, f.municipality, f.district, f.key, sum(f.count) FROM ({Days}) d
        JOIN figure_counts f ON f.tenant_id = $1 AND f.figure = 'gol.people' AND f.grain = 'd' AND f.bucket <= d.day
        GROUP BY 1, 2, 3, 4 HAVING sum(f.count) <> 0
        """,
        tenant);

    /// <summary>The same from the rows: distinct people with an assignment up to the day, in any CPI and per CPI.</summary>
    private Task<List<string>> DistinctFromRowsAsync(string tenant) => fixture.RowsAsync(
        $"""
        SELECT d.day, a.municipality, a.district, k.key, count(DISTINCT g.person_id)
        FROM ({Days}) d
        JOIN gol_assignments g ON g.tenant_id = $1 AND g.assigned_on <= d.day
        CROSS JOIN LATERAL (SELECT '' AS key UNION ALL SELECT g.cpi_organisation_id::text) k
        LEFT JOIN people pe ON pe.id = g.person_id AND pe.tenant_id = g.tenant_id
        CROSS JOIN LATERAL (SELECT '*' AS municipality, '' AS district
                            UNION ALL SELECT coalesce(pe.municipality_istat, ''), coalesce(pe.district, '') WHERE pe.id IS NOT NULL) a
        GROUP BY 1, 2, 3, 4
        """,
        tenant);

    private Task<List<string>> CountsAsync(string tenant) => fixture.RowsAsync(
        "SELECT figure, grain, bucket, municipality, district, key, count FROM figure_counts WHERE tenant_id = $1 AND figure LIKE 'gol.%' AND count <> 0",
        tenant);

    private Task<List<string>> CountsFromRowsAsync(string tenant) => fixture.RowsAsync(
        """
        SELECT figure, grain, bucket, municipality, district, key, sum(count) FROM figure_count_rows WHERE tenant_id = $1 AND figure LIKE 'gol.%'
        GROUP BY figure, grain, bucket, municipality, district, key
        """,
        tenant);
}
