using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Rete.Contracts.Referrals;
using Rete.Referrals.Consents;
using Rete.ServiceDefaults.Tenancy;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>The events docs/events.md promises besides the flows: duplicates, residence, consent expiry.</summary>
[Collection(ReferralsCollection.Name)]
public class PersonEventsTests(ReferralsFixture fixture)
{
    private readonly ReferralsFactory factory = fixture.Factory;

    private static async Task<Guid> IdOf(HttpResponseMessage response) => (await response.ReadJsonAsync()).GetProperty("id").GetGuid();

    [Fact]
    public async Task A_possible_duplicate_is_announced_with_the_other_ids_and_a_new_person_is_not()
    {
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "operator");
        var taxCode = People.NewTaxCode();
        var first = await IdOf(await client.PostJsonAsync(People.Url, People.Body(taxCode, lastName: "Gemello")));
        var second = await IdOf(await client.PostJsonAsync(People.Url, People.Body(taxCode, lastName: "Gemella")));

        var flagged = (await fixture.Events.WaitForAsync<PossibleDuplicateFlagged>(e => e.PersonId == second)).Single();
        flagged.OtherPersonIds.ShouldBe([first]);
        await fixture.Events.WaitForAsync<PersonRegistered>(e => e.PersonId == first);
        fixture.Events.Of<PossibleDuplicateFlagged>(e => e.PersonId == first).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_change_of_residence_needs_the_current_version_and_a_valid_municipality_and_is_announced()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var id = await IdOf(await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode())));
        var url = $"{People.Url}/{id}/residence";

        (await client.PutAsJsonAsync(url, new { municipalityIstat = "12345", district = "Distretto 1" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { municipalityIstat = "003149", district = "Distretto 1" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"9\"");
        (await client.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var scoped = factory.WithToken(Tokens.Create(tenant, ["operator"], municipalities: ["001272"]));
        (await scoped.PutAsJsonAsync(url, new { municipalityIstat = "003149", district = "Distretto 1" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var moved = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { municipalityIstat = "003149", district = "Distretto 1" }) };
        moved.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var answer = await client.SendAsync(moved);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Headers.ETag!.Tag.ShouldBe("\"2\"");

        var changed = (await fixture.Events.WaitForAsync<PersonResidenceChanged>(e => e.PersonId == id)).Single();
        (changed.MunicipalityIstat, changed.District, changed.Version).ShouldBe(("003149", "Distretto 1", 2));
        (await (await client.GetAsync($"{People.Url}/{id}")).ReadJsonAsync()).GetProperty("municipalityIstat").GetString().ShouldBe("003149");
        (await scoped.GetAsync($"{People.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Consents_about_to_expire_are_listed_and_an_expired_one_is_announced_once_and_empties_the_candidate_bank()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var soon = await Network.PersonWithConsentAsync(client, null, givenOn: "2024-01-01", expiresOn: today.AddDays(10).ToString("yyyy-MM-dd"));
        var later = await Network.PersonWithConsentAsync(client, null, givenOn: "2024-01-01", expiresOn: today.AddDays(60).ToString("yyyy-MM-dd"));
        var candidate = await Network.PersonWithConsentAsync(client, null, purpose: "candidateBank", givenOn: "2024-01-01",
            expiresOn: today.AddDays(5).ToString("yyyy-MM-dd"));
        (await client.PutAsJsonAsync($"/api/referrals/candidates/{candidate}",
            new { cv = "Cuoco", skills = new[] { "cucina" }, hoursPerWeek = 20, mobility = "publicTransport" })).EnsureSuccessStatusCode();

        async Task<List<Guid>> Expiring(int days) =>
            (await (await client.GetAsync($"/api/referrals/consents/expiring?days={days}")).ReadJsonAsync())
            .EnumerateArray().Select(c => c.GetProperty("personId").GetGuid()).ToList();
        (await Expiring(30)).ShouldBe([candidate, soon]);
        (await Expiring(90)).ShouldBe([candidate, soon, later]);
        // A token scoped to another municipality sees none of these residents' consents; one scoped to theirs, all.
        var elsewhere = factory.WithToken(Tokens.Create(tenant, ["operator"], municipalities: ["003149"]));
        (await (await elsewhere.GetAsync("/api/referrals/consents/expiring?days=90")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        var here = factory.WithToken(Tokens.Create(tenant, ["operator"], municipalities: ["001272"]));
        (await (await here.GetAsync("/api/referrals/consents/expiring?days=90")).ReadJsonAsync()).GetArrayLength().ShouldBe(3);
        (await (await factory.ClientFor(ReferralsFixture.NewTenant(), "operator").GetAsync("/api/referrals/consents/expiring?days=90"))
            .ReadJsonAsync()).GetArrayLength().ShouldBe(0);

        // Two weeks on, the daily job finds the two that ran out; a second round announces nothing more.
        (await SweepAsync(tenant, today.AddDays(14))).ShouldBe(2);
        (await SweepAsync(tenant, today.AddDays(15))).ShouldBe(0);
        (await fixture.Events.WaitForAsync<ConsentExpired>(e => e.TenantId == tenant, expected: 2)).Select(e => e.PersonId).Order()
            .ShouldBe(new[] { soon, candidate }.Order());
        (await fixture.Events.WaitForAsync<CandidateOptedOut>(e => e.PersonId == candidate)).Single().Reason.ShouldBe("consentExpired");
        (await (await client.GetAsync("/api/referrals/candidates?skill=cucina")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    private async Task<int> SweepAsync(string tenant, DateOnly today)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
        return await scope.ServiceProvider.GetRequiredService<ConsentExpiry>().AnnounceAsync(today, CancellationToken.None);
    }
}
