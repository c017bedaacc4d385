using System.Text.Json;
using Rete.Contracts;
using Rete.Contracts.Referrals;
using Rete.Contracts.Registry;
using static Rete.Indicators.Tests.PlacementEvents;

namespace Rete.Indicators.Tests;

/// <summary>
/// Placements are cut by where the person lives (Referrals' person events), not by the promoting organisation's
/// place, whatever order the events arrive in.
/// </summary>
[Collection(IndicatorsCollection.Name)]
public class ResidenceTests(IndicatorsFixture fixture)
{
    private const string Trecate = "003149";
    private const string Torino = "001272";

    [Fact]
    public async Task Placements_count_where_their_people_live_even_when_the_person_event_comes_later_or_they_move()
    {
        var s = new Scenario(fixture);
        // The promoter sits in Trecate; every person lives in Torino, in district 2 or 3.
        var desk = Guid.CreateVersion7();
        await s.SendAsync([new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, desk, 1, "Sportello lavoro", "jobDesk", null,
            Trecate, "5", "active", null)]);
        var (second, third, late, movers) = (People(3), People(4), People(3), People(3));
        await s.SendAsync([
            .. second.Select(p => Registered(s, p, Torino, "2")),
            .. third.Select(p => Registered(s, p, Torino, "3")),
            .. movers.Select(p => Registered(s, p, Torino, "2")),
            .. Placements(s, desk, [.. second, .. third, .. movers]),
        ]);

        (await StartedAsync(s, "district=2")).ShouldBe(6);
        (await StartedAsync(s, "district=3")).ShouldBe(4);
        (await StartedAsync(s, $"municipality={Torino}")).ShouldBe(10);
        (await StartedAsync(s, $"municipality={Trecate}")).ShouldBe(0);
        (await StartedAsync(s, "district=5")).ShouldBe(0);

        // Placements first, their people's registrations after: counted nowhere until the residence is known.
        await s.SendAsync(Placements(s, desk, late));
        (await StartedAsync(s, "district=2")).ShouldBe(6);
        (await StartedAsync(s, "")).ShouldBe(13);
        await s.SendAsync(late.Select(p => Registered(s, p, Torino, "2")));
        (await StartedAsync(s, "district=2")).ShouldBe(9);

        // Movers to district 3; one change arrives twice, and a stale registration again changes nothing.
        var moves = movers.Select(p => (IIntegrationEvent)new PersonResidenceChanged(Guid.CreateVersion7(), s.Tenant, Scenario.Now, p, 2, Torino, "3"))
            .ToList();
        await s.SendAsync([.. moves, moves[0], Registered(s, movers[1], Torino, "2")]);
        (await StartedAsync(s, "district=2")).ShouldBe(6);
        (await StartedAsync(s, "district=3")).ShouldBe(7);
        var csv = await s.GetTextAsync("/placements?year=2021&district=3&format=csv");
        csv.ShouldContain("Tirocini avviati,totale,7");
    }

    private static List<Guid> People(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7())];

    private static PersonRegistered Registered(Scenario s, Guid person, string municipality, string district) =>
        new(Guid.CreateVersion7(), s.Tenant, Scenario.Now, person, 1, municipality, district);

    private static IEnumerable<IIntegrationEvent> Placements(Scenario s, Guid promoter, IEnumerable<Guid> people) =>
        people.SelectMany(p => Ended(s.Tenant, "training", 3, new DateOnly(2021, 3, 1), promoter, personId: p));

    private static async Task<int> StartedAsync(Scenario s, string area)
    {
        var figures = await s.GetAsync($"/placements?year=2021&{area}");
        return figures.TryGetProperty("started", out var started) && started.ValueKind == JsonValueKind.Number ? started.GetInt32() : -1;
    }
}
