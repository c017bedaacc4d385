using System.Net;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

[Collection(ReferralsCollection.Name)]
public class ReferralsApiTests(ReferralsFixture fixture)
{
    private const string Url = "/api/referrals/referrals";
    private readonly ReferralsFactory factory = fixture.Factory;

    private static object Send(Guid person, Guid from, Guid to, string programme = "municipalProject") =>
        new { personId = person, fromOrganisationId = from, toOrganisationId = to, programme, reason = "ricerca di un tirocinio", priority = "high" };

    [Fact]
    public async Task A_referral_is_sent_queued_accepted_and_closed_with_every_step_timed_and_announced()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to);

        var sent = await client.PostJsonAsync(Url, Send(person, from, to));
        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await sent.ReadJsonAsync()).GetProperty("id").GetGuid();

        var incoming = await (await client.GetAsync($"{Url}/incoming?organisationId={to}&status=sent")).ReadJsonAsync();
        incoming.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([id]);
        var outgoing = await (await client.GetAsync($"{Url}/outgoing?organisationId={from}")).ReadJsonAsync();
        outgoing.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([id]);
        (await (await client.GetAsync($"{Url}/incoming?organisationId={from}")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);

        var receiver = factory.WithToken(Tokens.Create(tenant, ["social-worker"], organisation: to));
        (await receiver.PostJsonAsync($"{Url}/{id}/close", new { outcome = "employed" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var accepted = await receiver.PostJsonAsync($"{Url}/{id}/accept", new { caseManagerId = "cm-rossi" });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await (await receiver.PostJsonAsync($"{Url}/{id}/close", new { outcome = "employed" })).ReadJsonAsync();
        closed.GetProperty("status").GetString().ShouldBe("closed");
        closed.GetProperty("acceptedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(closed.GetProperty("sentAt").GetDateTimeOffset());
        closed.GetProperty("closedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(closed.GetProperty("acceptedAt").GetDateTimeOffset());

        (await fixture.Events.WaitForAsync<ReferralSent>(e => e.ReferralId == id)).Single().ToOrganisationId.ShouldBe(to);
        (await fixture.Events.WaitForAsync<ReferralAccepted>(e => e.ReferralId == id)).Single().CaseManagerId.ShouldBe("cm-rossi");
        (await fixture.Events.WaitForAsync<ReferralClosed>(e => e.ReferralId == id)).Single().Outcome.ShouldBe("employed");
    }

    [Fact]
    public async Task A_rejection_needs_a_known_reason_code_and_only_the_sender_withdraws()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, null);
        var first = (await (await client.PostJsonAsync(Url, Send(person, from, to))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var second = (await (await client.PostJsonAsync(Url, Send(person, from, to))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var receiver = factory.WithToken(Tokens.Create(tenant, ["social-worker"], organisation: to));
        var sender = factory.WithToken(Tokens.Create(tenant, ["social-worker"], organisation: from));

        var unknown = await receiver.PostJsonAsync($"{Url}/{first}/reject", new { reasonCode = "antipatia" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reasonCode", out _).ShouldBeTrue();
        var rejected = await (await receiver.PostJsonAsync($"{Url}/{first}/reject", new { reasonCode = "noCapacity" })).ReadJsonAsync();
        rejected.GetProperty("rejectionReasonCode").GetString().ShouldBe("noCapacity");
        (await fixture.Events.WaitForAsync<ReferralRejected>(e => e.ReferralId == first)).Single().ReasonCode.ShouldBe("noCapacity");

        (await receiver.PostAsync($"{Url}/{second}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sender.PostAsync($"{Url}/{second}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await sender.PostAsync($"{Url}/{second}/withdraw", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("referral-finished");
    }

    [Fact]
    public async Task No_consent_or_an_inactive_receiver_is_a_409_and_nothing_is_sent()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var from = await Network.OrganisationAsync(fixture, tenant);
        var to = await Network.OrganisationAsync(fixture, tenant);
        var suspended = await Network.OrganisationAsync(fixture, tenant, "suspended");

        var onlyOther = await Network.PersonWithConsentAsync(client, Guid.NewGuid());
        (await (await client.PostJsonAsync(Url, Send(onlyOther, from, to))).ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no-consent");
        var placementOnly = await Network.PersonWithConsentAsync(client, to, purpose: "placement");
        (await (await client.PostJsonAsync(Url, Send(placementOnly, from, to))).ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no-consent");
        var expired = await Network.PersonWithConsentAsync(client, to, givenOn: "2020-01-01", expiresOn: "2021-01-01");
        (await (await client.PostJsonAsync(Url, Send(expired, from, to))).ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no-consent");

        var consenting = await Network.PersonWithConsentAsync(client, null);
        (await (await client.PostJsonAsync(Url, Send(consenting, from, suspended))).ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("receiver-not-active");
        (await (await client.PostJsonAsync(Url, Send(consenting, from, Guid.NewGuid()))).ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("receiver-not-active");
        (await client.PostJsonAsync(Url, Send(consenting, from, from))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await (await client.GetAsync($"{Url}/outgoing?organisationId={from}")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_withdrawn_consent_stops_the_next_referral()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to);
        (await client.PostJsonAsync(Url, Send(person, from, to))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var consent = (await (await client.GetAsync($"{People.Url}/{person}/consents")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        (await client.PostJsonAsync($"{People.Url}/{person}/consents/{consent}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await client.PostJsonAsync(Url, Send(person, from, to))).ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("no-consent");
    }

    [Fact]
    public async Task Another_organisation_neither_sees_nor_moves_a_referral()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = await Network.PersonWithConsentAsync(client, to);
        var id = (await (await client.PostJsonAsync(Url, Send(person, from, to))).ReadJsonAsync()).GetProperty("id").GetGuid();

        var stranger = factory.WithToken(Tokens.Create(tenant, ["social-worker"], organisation: Guid.NewGuid()));
        (await stranger.GetAsync($"{Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostJsonAsync($"{Url}/{id}/accept", new { caseManagerId = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{Url}/incoming?organisationId={to}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientFor(ReferralsFixture.NewTenant(), "operator").GetAsync($"{Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
