using Rete.Contracts.Referrals;

namespace Rete.Indicators.Tests;

/// <summary>Special-category figures are the counts Referrals publishes, the latest publication winning; never computed here.</summary>
[Collection(IndicatorsCollection.Name)]
public class SpecialCategoryTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task The_latest_published_counts_are_served_by_area_and_a_cut_needing_a_suppressed_count_is_suppressed()
    {
        var s = new Scenario(fixture);
        (await s.GetAsync("/special-categories")).TryGetProperty("asOf", out var none).ShouldBeFalse(none.ToString());

        SpecialCategoryCountsPublished Published(DateOnly asOf, int? torinoTwo) => new(
            Guid.CreateVersion7(), s.Tenant, Scenario.Now, asOf, 5, 40, null,
            [
                new SpecialCategoryAreaCounts("001272", "2", torinoTwo, 12),
                new SpecialCategoryAreaCounts("001272", "3", 9, null),
                new SpecialCategoryAreaCounts("003149", null, 8, 6),
            ]);
        // The newer publication arrives first; the older one after it changes nothing.
        await s.SendAsync([Published(new DateOnly(2026, 12, 2), 23), Published(new DateOnly(2026, 12, 1), 11)]);

        var all = await s.GetAsync("/special-categories");
        all.GetProperty("asOf").GetString().ShouldBe("2026-12-02");
        all.GetProperty("peopleWithDisability").GetInt32().ShouldBe(40);
        Scenario.Withheld(all, "peopleFollowedByHealthServices").ShouldBeTrue();
        all.GetProperty("byArea").GetArrayLength().ShouldBe(3);
        var torino = await s.GetAsync("/special-categories?municipality=001272");
        torino.GetProperty("peopleWithDisability").GetInt32().ShouldBe(32);
        Scenario.Withheld(torino, "peopleFollowedByHealthServices").ShouldBeTrue();
        (await s.GetAsync("/special-categories?district=2")).GetProperty("peopleFollowedByHealthServices").GetInt32().ShouldBe(12);

        var csv = await s.GetTextAsync("/special-categories?municipality=001272&format=csv");
        csv.ShouldContain("Indicatore,Dettaglio,Valore");
        csv.ShouldContain("Persone con disabilità,totale,32");
        csv.ShouldContain("Persone seguite dai servizi sanitari,\"comune 001272, circoscrizione 3\",soppresso");
        (await s.Reader.GetAsync(Scenario.Api + "/special-categories?municipality=12")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }
}
