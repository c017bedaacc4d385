using System.Net;
using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.Contracts.Placements;

namespace Rete.Indicators.Tests;

[Collection(IndicatorsCollection.Name)]
public class ReplayTests(IndicatorsFixture fixture)
{
    private static readonly string[] Reads = ["/funding", "/funding?mandate=2006-2010", "/placements?year=2020", "/organisations", "/projects"];

    [Fact]
    public async Task Replaying_every_event_again_and_in_reverse_order_changes_nothing()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(Events(s.Tenant));
        var before = await ReadAllAsync(s);

        await fixture.PublishAllAsync(Enumerable.Reverse(s.Sent));
        // The same events again under new message ids, as a publisher replaying its history would send them.
        var copies = s.Sent.OfType<GrantApproved>().Select(e => (IIntegrationEvent)(e with { EventId = Guid.CreateVersion7() }))
            .Concat(s.Sent.OfType<PlacementCompleted>().Select(e => e with { EventId = Guid.CreateVersion7() })).ToList();
        await s.SendAsync(copies);
        await Task.Delay(1000);

        (await ReadAllAsync(s)).ShouldBe(before);
    }

    [Fact]
    public async Task A_rebuild_from_scratch_gives_the_same_figures()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(Events(s.Tenant));
        var before = await ReadAllAsync(s);
        await using (var owner = await fixture.Factory.OpenOwnerConnectionAsync())
        {
            // Figures lost or damaged: the rebuild starts from the stored events only.
            foreach (var sql in new[]
            {
                "DELETE FROM grants WHERE tenant_id = $1", "DELETE FROM follow_ups WHERE tenant_id = $1",
                "DELETE FROM placements WHERE tenant_id = $1", "UPDATE budget_lines SET amount = 0 WHERE tenant_id = $1",
            })
            {
                await using var wipe = new Npgsql.NpgsqlCommand(sql, owner);
                wipe.Parameters.Add(new Npgsql.NpgsqlParameter { Value = s.Tenant });
                await wipe.ExecuteNonQueryAsync();
            }
        }

        (await ReadAllAsync(s)).ShouldNotBe(before);

        var response = await s.Admin.PostAsync(Scenario.Api + "/rebuild", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadAllAsync(s)).ShouldBe(before);
        (await s.Reader.PostAsync(Scenario.Api + "/rebuild", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static List<IIntegrationEvent> Events(string tenant)
    {
        var desk = Guid.CreateVersion7();
        var events = SeedEvents.Torino(tenant);
        for (var i = 0; i < 6; i++)
        {
            events.AddRange(PlacementEvents.Ended(tenant, "training", 3 + i % 2, new DateOnly(2020, 1 + i, 1), desk, interrupted: i == 5,
                outcome: i % 2 == 0 ? "hired" : "noHire", followUps: [new PlacementEvents.Follow(31, true, i % 2 == 0)]));
        }

        return events;
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
}
