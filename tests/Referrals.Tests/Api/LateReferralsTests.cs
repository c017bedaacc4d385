using System.Net;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>A desk enters a referral made on paper weeks ago: its steps keep the dates declared, and when they were entered.</summary>
[Collection(ReferralsCollection.Name)]
public class LateReferralsTests(ReferralsFixture fixture)
{
    private const string Url = "/api/referrals/referrals";
    private readonly ReferralsFactory factory = fixture.Factory;

    private static object Send(Guid person, Guid from, Guid to, string? sentAt) =>
        new { personId = person, fromOrganisationId = from, toOrganisationId = to, programme = "golPathway4", reason = "percorso GOL 4", sentAt };

    [Fact]
    public async Task Declared_dates_are_the_steps_times_in_the_answer_and_the_events_and_the_entry_time_is_kept()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to, givenOn: "2024-02-29");
        var before = DateTimeOffset.UtcNow;

        var response = await client.PostJsonAsync(Url, Send(person, from, to, "2024-02-29T10:30:00+01:00"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sent = await response.ReadJsonAsync();
        var id = sent.GetProperty("id").GetGuid();
        sent.GetProperty("sentAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2024-02-29T09:30:00Z"));
        sent.GetProperty("recordedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        var accepted = await (await client.PostJsonAsync($"{Url}/{id}/accept", new { caseManagerId = "cm-a", acceptedAt = "2024-03-07T11:00:00+01:00" })).ReadJsonAsync();
        accepted.GetProperty("acceptedAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2024-03-07T10:00:00Z"));
        var closed = await (await client.PostJsonAsync($"{Url}/{id}/close", new { outcome = "employed", closedAt = "2024-09-30T12:00:00+02:00" })).ReadJsonAsync();
        closed.GetProperty("closedAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2024-09-30T10:00:00Z"));
        closed.GetProperty("updatedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(closed.GetProperty("recordedAt").GetDateTimeOffset());

        var announced = (await fixture.Events.WaitForAsync<ReferralAccepted>(e => e.ReferralId == id)).Single();
        (announced.SentAt, announced.AcceptedAt).ShouldBe((DateTimeOffset.Parse("2024-02-29T09:30:00Z"), DateTimeOffset.Parse("2024-03-07T10:00:00Z")));
        announced.OccurredAt.ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        (await fixture.Events.WaitForAsync<ReferralClosed>(e => e.ReferralId == id)).Single().ClosedAt
            .ShouldBe(DateTimeOffset.Parse("2024-09-30T10:00:00Z"));

        var pathway = await (await client.GetAsync($"{People.Url}/{person}/pathway")).ReadJsonAsync();
        pathway.ToString().ShouldContain("2024-02-29");
    }

    [Fact]
    public async Task A_date_in_the_future_is_a_400_and_a_step_before_the_one_it_follows_is_a_409_and_nothing_changes()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to, givenOn: "2024-01-01");

        var future = await client.PostJsonAsync(Url, Send(person, from, to, DateTimeOffset.UtcNow.AddDays(2).ToString("O")));
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.ReadJsonAsync()).GetProperty("errors").TryGetProperty("sentAt", out _).ShouldBeTrue();
        (await (await client.GetAsync($"{Url}/outgoing?organisationId={from}")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);

        var id = (await (await client.PostJsonAsync(Url, Send(person, from, to, "2024-05-02T09:00:00Z"))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var early = await client.PostJsonAsync($"{Url}/{id}/reject", new { reasonCode = "noCapacity", rejectedAt = "2024-05-01T09:00:00Z" });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("step-before-previous");
        var tomorrow = await client.PostJsonAsync($"{Url}/{id}/withdraw", new { withdrawnAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O") });
        tomorrow.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await client.GetAsync($"{Url}/{id}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("sent");

        var withdrawn = await (await client.PostJsonAsync($"{Url}/{id}/withdraw", new { withdrawnAt = "2024-05-03T09:00:00Z" })).ReadJsonAsync();
        withdrawn.GetProperty("withdrawnAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2024-05-03T09:00:00Z"));
    }

    [Fact]
    public async Task A_referral_dated_before_the_consent_was_given_is_refused()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to, givenOn: "2024-03-01");

        var refused = await client.PostJsonAsync(Url, Send(person, from, to, "2024-02-29T10:00:00Z"));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no-consent");
        (await client.PostJsonAsync(Url, Send(person, from, to, "2024-03-01T10:00:00Z"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
