using System.Net;
using System.Net.Http.Json;
using Rete.Contracts.Placements;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

[Collection(ReferralsCollection.Name)]
public class CandidatesAndPathwayTests(ReferralsFixture fixture)
{
    private readonly ReferralsFactory factory = fixture.Factory;

    [Fact]
    public async Task A_search_of_the_candidate_bank_returns_consenting_people_only_and_forgets_a_withdrawn_consent()
    {
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "operator");
        var consenting = await Network.PersonWithConsentAsync(client, null, purpose: "candidateBank");
        var referralOnly = await Network.PersonWithConsentAsync(client, null, purpose: "referral");
        var profile = new { cv = "Magazziniere, patentino muletto", skills = new[] { "Magazzino", "muletto" }, hoursPerWeek = 30, mobility = "car" };

        (await client.PutAsJsonAsync($"/api/referrals/candidates/{consenting}", profile)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await client.PutAsJsonAsync($"/api/referrals/candidates/{referralOnly}", profile);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no-consent");
        (await fixture.Events.WaitForAsync<CandidateOptedIn>(e => e.PersonId == consenting)).Single().District.ShouldBe("Distretto 2");

        var found = await (await client.GetAsync("/api/referrals/candidates?skill=magazzino&minHours=20")).ReadJsonAsync();
        found.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("personId").GetGuid()).ShouldBe([consenting]);
        (await (await client.GetAsync("/api/referrals/candidates?skill=magazzino&minHours=40")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);

        var consent = (await (await client.GetAsync($"{People.Url}/{consenting}/consents")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        (await client.PostJsonAsync($"{People.Url}/{consenting}/consents/{consent}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await client.GetAsync("/api/referrals/candidates?skill=magazzino")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await fixture.Events.WaitForAsync<CandidateOptedOut>(e => e.PersonId == consenting)).Single().Reason.ShouldBe("consentWithdrawn");
    }

    [Fact]
    public async Task A_managers_read_of_the_bank_entry_shows_the_profile_while_in_the_bank_and_is_logged()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var person = await Network.PersonWithConsentAsync(client, null, purpose: "candidateBank");

        var before = await client.GetAsync($"/api/referrals/candidates/{person}");
        before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await before.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("not-in-bank");
        (await client.PutAsJsonAsync($"/api/referrals/candidates/{person}", new { skills = new[] { "cucina" }, hoursPerWeek = 25, mobility = "car" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var entry = await (await client.GetAsync($"/api/referrals/candidates/{person}")).ReadJsonAsync();
        entry.GetProperty("hoursPerWeek").GetInt32().ShouldBe(25);
        entry.GetProperty("mobility").GetString().ShouldBe("car");
        entry.GetProperty("skills").EnumerateArray().Select(s => s.GetString()).ShouldBe(["cucina"]);
        var log = await (await client.GetAsync($"{People.Url}/{person}/access-log")).ReadJsonAsync();
        log.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("what").GetString() == "banca dei candidati").ShouldBe(1);

        // The bank's writes are the managers'; so is this read. Another tenant does not find the person at all.
        (await factory.ClientFor(tenant, "auditor").GetAsync($"/api/referrals/candidates/{person}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var other = await factory.ClientFor(ReferralsFixture.NewTenant(), "operator").GetAsync($"/api/referrals/candidates/{person}");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.ReadJsonAsync()).TryGetProperty("code", out _).ShouldBeFalse();

        (await client.DeleteAsync($"/api/referrals/candidates/{person}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync($"/api/referrals/candidates/{person}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pathway_lists_every_step_in_order_and_the_export_holds_everything_and_is_logged()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to);
        var id = (await (await client.PostJsonAsync("/api/referrals/referrals",
            new { personId = person, fromOrganisationId = from, toOrganisationId = to, programme = "municipalProject", reason = "orientamento" })).ReadJsonAsync())
            .GetProperty("id").GetGuid();
        await client.PostJsonAsync($"/api/referrals/referrals/{id}/accept", new { caseManagerId = "cm-2" });

        var pathway = await (await client.GetAsync($"{People.Url}/{person}/pathway")).ReadJsonAsync();
        pathway.EnumerateArray().Select(s => s.GetProperty("event").GetString()).ShouldBe(["sent", "accepted"]);

        var export = await (await client.GetAsync($"{People.Url}/{person}/export")).ReadJsonAsync();
        export.GetProperty("person").GetProperty("id").GetGuid().ShouldBe(person);
        export.GetProperty("consents").GetArrayLength().ShouldBe(1);
        export.GetProperty("referrals").GetArrayLength().ShouldBe(1);
        var log = await (await client.GetAsync($"{People.Url}/{person}/access-log")).ReadJsonAsync();
        log.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("what").GetString()).ShouldContain("copia dei dati (art. 15)");
    }

    [Fact]
    public async Task A_persons_placements_join_the_pathway_from_the_placements_events_even_out_of_order_and_once()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (promoting, host) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, host, purpose: "placement");
        var placement = Guid.NewGuid();
        var at = new DateTimeOffset(2025, 2, 20, 9, 0, 0, TimeSpan.Zero);
        var completed = new PlacementCompleted(Guid.NewGuid(), tenant, at, placement, 5, person, "training", 3, new DateOnly(2025, 6, 2), 1_178.57m, 171.43m);

        // The end arrives before the proposal, and twice.
        await fixture.PublishAsync(completed);
        await fixture.PublishAsync(completed);
        await fixture.PublishAsync(new PlacementFunded(Guid.NewGuid(), tenant, at, placement, 2, placement, Guid.NewGuid(), 1_350m));
        await fixture.PublishAsync(new PlacementProposed(Guid.NewGuid(), tenant, at, placement, 1, person, "training", promoting, host, null,
            Guid.NewGuid(), 450m, 3, new DateOnly(2025, 3, 3), new DateOnly(2025, 6, 2), 20m));
        await fixture.PublishAsync(new PlacementStarted(Guid.NewGuid(), tenant, at, placement, 3, person, "training", 3, host,
            new DateOnly(2025, 3, 3), new DateOnly(2025, 6, 2)));
        await fixture.PublishAsync(new PlacementFollowUpRecorded(Guid.NewGuid(), tenant, at, placement, 7, person, 182,
            new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 2), true, false));

        string?[] events = [];
        await Eventually.TrueAsync(async () =>
        {
            var pathway = await (await client.GetAsync($"{People.Url}/{person}/pathway")).ReadJsonAsync();
            events = pathway.EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "placement")
                .Select(s => s.GetProperty("event").GetString()).ToArray();
            return events.Length >= 5;
        });
        await Task.Delay(500);
        var steps = (await (await client.GetAsync($"{People.Url}/{person}/pathway")).ReadJsonAsync()).EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("event").GetString()).ShouldBe(["proposed", "funded", "started", "completed", "followUp182"]);
        steps[0].GetProperty("toOrganisationId").GetGuid().ShouldBe(host);
        steps[^1].GetProperty("detail").GetString().ShouldBe("employed");
    }
}
