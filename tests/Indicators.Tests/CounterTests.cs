using System.Net;
using Npgsql;
using Rete.Contracts;
using Rete.Contracts.Referrals;
using static Rete.Indicators.Tests.PlacementEvents;

namespace Rete.Indicators.Tests;

/// <summary>
/// The figures of referrals and placements are read from pre-aggregated counts kept by the folds. After every kind of
/// delivery the counts must equal the grouping of the figure rows (what fill_figure_counts would write from scratch).
/// </summary>
[Collection(IndicatorsCollection.Name)]
public class CounterTests(IndicatorsFixture fixture)
{
    private const string Torino = "001272";
    private static readonly DateTimeOffset SentAt = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Reads =
        ["/referrals", "/referrals?year=2025&district=2", "/referrals?from=2025-03-02&to=2025-04-15", "/placements", "/placements?year=2022&district=2"];

    [Fact]
    public async Task Replaying_every_event_twice_in_reverse_order_leaves_the_counts_and_the_figures_unchanged()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(Events(s.Tenant, out _));
        var (counts, figures) = (await CountsAsync(s.Tenant), await ReadAllAsync(s));
        counts.ShouldNotBeEmpty();
        (await CountsFromRowsAsync(s.Tenant)).ShouldBe(counts);

        var copies = s.Sent.Select(e => Copy(e)).Reverse().ToList();
        await fixture.PublishAllAsync(Enumerable.Reverse(s.Sent));
        await s.SendAsync(copies);
        await s.SendAsync(copies.Select(e => Copy(e)));

        (await CountsAsync(s.Tenant)).ShouldBe(counts);
        (await ReadAllAsync(s)).ShouldBe(figures);
    }

    [Fact]
    public async Task Events_delivered_backwards_give_the_counts_of_events_delivered_in_order()
    {
        var (inOrder, backwards) = (new Scenario(fixture), new Scenario(fixture));
        await inOrder.SendAsync(Events(inOrder.Tenant, out _));
        // The same story for another tenant (ids are keys across tenants), every event in reverse order.
        await backwards.SendAsync(Enumerable.Reverse(Events(backwards.Tenant, out _)));

        (await CountsFromRowsAsync(backwards.Tenant)).ShouldBe(await CountsAsync(backwards.Tenant));
        (await ReadAllAsync(backwards)).Select(WithoutIds).ShouldBe((await ReadAllAsync(inOrder)).Select(WithoutIds));
        var funnel = await backwards.GetAsync("/referrals?year=2025");
        (funnel.GetProperty("sent").GetInt32(), funnel.GetProperty("accepted").GetInt32()).ShouldBe((8, 4));
        funnel.GetProperty("medianDaysToAcceptance").GetDecimal().ShouldBe(5.0m);
    }

    [Fact]
    public async Task A_rebuild_refills_damaged_counts_with_the_same_figures()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(Events(s.Tenant, out _));
        var (counts, figures) = (await CountsAsync(s.Tenant), await ReadAllAsync(s));
        await fixture.ExecuteAsync("UPDATE figure_counts SET count = count + 7 WHERE tenant_id = $1", s.Tenant);
        await fixture.ExecuteAsync("DELETE FROM figure_counts WHERE tenant_id = $1 AND figure = 'caseload'", s.Tenant);
        (await ReadAllAsync(s)).ShouldNotBe(figures);

        (await s.Admin.PostAsync(Scenario.Api + "/rebuild", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountsAsync(s.Tenant)).ShouldBe(counts);
        (await ReadAllAsync(s)).ShouldBe(figures);
    }

    [Fact]
    public async Task A_move_takes_the_persons_referrals_caseload_and_placements_to_the_new_district()
    {
        var s = new Scenario(fixture);
        var events = Events(s.Tenant, out var people);
        await s.SendAsync(events);
        (await SentAsync(s, "district=2")).ShouldBe(8);
        (await CaseloadAsync(s, "district=2")).ShouldBe(4);
        (await StartedAsync(s, "district=2")).ShouldBe(4);

        // Everyone moves to district 3; one move arrives twice.
        var moves = people.Select(p => (IIntegrationEvent)new PersonResidenceChanged(Guid.CreateVersion7(), s.Tenant, Scenario.Now, p, 2, Torino, "3")).ToList();
        await s.SendAsync([.. moves, moves[0]]);
        (await SentAsync(s, "district=2")).ShouldBe(0);
        (await SentAsync(s, "district=3")).ShouldBe(8);
        (await CaseloadAsync(s, "district=3")).ShouldBe(4);
        (await CaseloadAsync(s, "district=2")).ShouldBe(0);
        (await StartedAsync(s, "district=3")).ShouldBe(4);
        (await StartedAsync(s, "")).ShouldBe(4);
        (await SentAsync(s, $"municipality={Torino}")).ShouldBe(8);
        (await CountsFromRowsAsync(s.Tenant)).ShouldBe(await CountsAsync(s.Tenant));
    }

    /// <summary>
    /// Eight people in Torino's district 2, each with one referral sent on 3 March 2025: four accepted (after 2, 4, 6
    /// and 8 days, the same case manager: the median is 5, the caseload 4), two rejected, two pending; and four
    /// placements ended in 2022 with follow-ups.
    /// </summary>
    private static List<IIntegrationEvent> Events(string tenant, out List<Guid> people)
    {
        var (from, to, desk) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        people = [];
        var events = new List<IIntegrationEvent>();
        for (var n = 0; n < 8; n++)
        {
            var (referral, person) = (Guid.CreateVersion7(), Guid.CreateVersion7());
            people.Add(person);
            events.Add(new PersonRegistered(Guid.CreateVersion7(), tenant, Scenario.Now, person, 1, Torino, "2"));
            events.Add(new ReferralSent(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 1, from, to, "golPathway2", "normal",
                Guid.CreateVersion7(), SentAt));
            if (n < 4)
            {
                events.Add(new ReferralAccepted(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 2, from, to, "cm-x", SentAt,
                    SentAt.AddDays(2 * (n + 1))));
            }
            else if (n < 6)
            {
                events.Add(new ReferralRejected(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 2, from, to, "noCapacity", SentAt,
                    SentAt.AddDays(1)));
            }

            if (n < 4)
            {
                events.AddRange(Ended(tenant, "training", 3 + n % 2, new DateOnly(2022, 2 + n, 1), desk, interrupted: n == 3,
                    outcome: n % 2 == 0 ? "hired" : "noHire", personId: person, followUps: [new Follow(31, n % 2 == 0, n != 1)]));
            }
        }

        return events;
    }

    /// <summary>The same event under a new event id, as a publisher replaying its history would send it.</summary>
    internal static IIntegrationEvent Copy(IIntegrationEvent e)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(e, e.GetType()))!;
        node["EventId"] = Guid.CreateVersion7();
        return (IIntegrationEvent)System.Text.Json.JsonSerializer.Deserialize(node, e.GetType())!;
    }

    private static string WithoutIds(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "id");

    private static async Task<int> SentAsync(Scenario s, string area) => (await s.GetAsync($"/referrals?year=2025&{area}")).GetProperty("sent").GetInt32();

    private static async Task<int> StartedAsync(Scenario s, string area) => (await s.GetAsync($"/placements?year=2022&{area}")).GetProperty("started").GetInt32();

    /// <summary>Today's caseload (read from the counts), for the one case manager.</summary>
    private static async Task<int> CaseloadAsync(Scenario s, string area)
    {
        var caseload = (await s.GetAsync($"/referrals?{area}")).GetProperty("caseload");
        return caseload.GetArrayLength() == 0 ? 0 : caseload[0].GetProperty("people").GetInt32();
    }

    private static async Task<List<string>> ReadAllAsync(Scenario s)
    {
        var all = new List<string>();
        foreach (var path in Reads)
        {
            all.Add((await s.GetAsync(path)).GetRawText());
        }

        return all;
    }

    /// <summary>The tenant's counts as stored, without the cells a difference has brought back to zero.</summary>
    private Task<List<string>> CountsAsync(string tenant) => fixture.RowsAsync(
        "SELECT figure, grain, bucket, municipality, district, key, count, amount FROM figure_counts WHERE tenant_id = $1 AND (count <> 0 OR amount <> 0)",
        tenant);

    /// <summary>The counts the tenant's rows give, grouped from scratch as fill_figure_counts does.</summary>
    private Task<List<string>> CountsFromRowsAsync(string tenant) => fixture.RowsAsync(
        """
        SELECT figure, grain, bucket, municipality, district, key, sum(count), sum(amount)::numeric(16,2) FROM figure_count_rows WHERE tenant_id = $1
        GROUP BY figure, grain, bucket, municipality, district, key
        """,
        tenant);
}
