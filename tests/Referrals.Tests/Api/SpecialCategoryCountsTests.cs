using System.Net;
using System.Text.Json;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>Special-category figures leave Referrals only as counts per area, small ones suppressed at the source.</summary>
[Collection(ReferralsCollection.Name)]
public class SpecialCategoryCountsTests(ReferralsFixture fixture)
{
    private const string Disability = "invalidità civile 67%";
    private const string Health = "seguito dal servizio di salute mentale";
    private readonly ReferralsFactory factory = fixture.Factory;

    [Fact]
    public async Task Counts_per_area_are_published_without_people_and_below_five_they_and_the_totals_revealing_them_are_suppressed()
    {
        var tenant = ReferralsFixture.NewTenant();
        // The daily job also published for the test tenants when the service started: only what this test asks for counts.
        var started = DateTimeOffset.UtcNow;
        var social = factory.ClientFor(tenant, "social-worker");
        var admin = factory.ClientFor(tenant, "consortium-admin");
        var (taxCodes, ids) = (new List<string>(), new List<Guid>());
        async Task RegisterAsync(string municipality, bool health)
        {
            var taxCode = People.NewTaxCode();
            var body = People.Body(taxCode, lastName: "Riservato", municipality: municipality, disability: Disability, health: health ? Health : null);
            var response = await social.PostJsonAsync(People.Url, body);
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            (taxCodes, ids) = ([.. taxCodes, taxCode], [.. ids, (await response.ReadJsonAsync()).GetProperty("id").GetGuid()]);
        }

        for (var n = 0; n < 6; n++)
        {
            await RegisterAsync("001272", health: n < 2);
        }

        await RegisterAsync("003149", health: false);
        // Someone without special-category data is counted nowhere.
        (await social.PostJsonAsync(People.Url, People.Body(People.NewTaxCode(), municipality: "003149"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await factory.ClientFor(tenant, "operator").PostAsync("/api/referrals/special-categories/counts", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var answer = await admin.PostAsync("/api/referrals/special-categories/counts", null);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);

        var first = (await fixture.Events.WaitForDistinctAsync<SpecialCategoryCountsPublished>(e => e.TenantId == tenant && e.OccurredAt >= started, expected: 1)).Single();
        first.SuppressBelow.ShouldBe(5);
        first.AsOf.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow));
        first.Areas.ShouldBe([
            new SpecialCategoryAreaCounts("001272", "Distretto 2", 6, null),
            new SpecialCategoryAreaCounts("003149", "Distretto 2", null, 0),
        ]);
        // 1 and 2 suppressed: the totals would give them away by subtraction.
        (first.PeopleWithDisability, first.PeopleFollowedByHealthServices).ShouldBe((null, null));

        for (var n = 0; n < 5; n++)
        {
            await RegisterAsync("003149", health: false);
        }

        (await admin.PostAsync("/api/referrals/special-categories/counts", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = (await fixture.Events.WaitForDistinctAsync<SpecialCategoryCountsPublished>(e => e.TenantId == tenant && e.OccurredAt >= started, expected: 2)).MaxBy(e => e.OccurredAt)!;
        second.Areas.Select(a => a.PeopleWithDisability).ShouldBe([6, 6]);
        (second.PeopleWithDisability, second.PeopleFollowedByHealthServices).ShouldBe((12, null));

        // Canary: nothing about a person is in the event or the answer, only counts.
        var texts = new[] { JsonSerializer.Serialize(first), JsonSerializer.Serialize(second), await answer.Content.ReadAsStringAsync() };
        foreach (var text in texts)
        {
            foreach (var secret in taxCodes.Concat(ids.Select(i => i.ToString())).Concat(["Riservato", "Mario", Disability, Health, "1985-12-10"]))
            {
                text.ShouldNotContain(secret, Case.Insensitive);
            }
        }
    }
}
