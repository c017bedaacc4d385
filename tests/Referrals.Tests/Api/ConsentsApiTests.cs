using System.Net;
using System.Net.Http.Json;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

[Collection(ReferralsCollection.Name)]
public class ConsentsApiTests(ReferralsFixture fixture)
{
    private readonly ReferralsFactory factory = fixture.Factory;

    [Fact]
    public async Task A_consent_is_given_listed_announced_and_withdrawn_with_if_match()
    {
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "social-worker");
        var person = (await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var recipient = Guid.NewGuid();
        var url = $"{People.Url}/{person}/consents";

        var given = await client.PostJsonAsync(url, new { purpose = "referral", recipientOrganisationIds = new[] { recipient }, givenOn = "2024-02-01", expiresOn = "2025-02-01", signedBy = "l'interessato" });
        given.StatusCode.ShouldBe(HttpStatusCode.Created);
        var consent = (await given.ReadJsonAsync()).GetProperty("id").GetGuid();
        var announced = (await fixture.Events.WaitForAsync<ConsentGiven>(e => e.ConsentId == consent)).Single();
        announced.PersonId.ShouldBe(person);
        announced.Purpose.ShouldBe("referral");
        announced.RecipientOrganisationIds.ShouldBe([recipient]);

        var list = await (await client.GetAsync(url)).ReadJsonAsync();
        list.GetArrayLength().ShouldBe(1);

        var withdraw = new HttpRequestMessage(HttpMethod.Post, $"{url}/{consent}/withdraw") { Content = JsonContent.Create(new { withdrawnOn = "2024-06-01" }) };
        withdraw.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        (await client.SendAsync(withdraw)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var again = new HttpRequestMessage(HttpMethod.Post, $"{url}/{consent}/withdraw") { Content = JsonContent.Create(new { withdrawnOn = "2024-06-01" }) };
        again.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var withdrawn = await client.SendAsync(again);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withdrawn.ReadJsonAsync()).GetProperty("withdrawnOn").GetString().ShouldBe("2024-06-01");
        (await fixture.Events.WaitForAsync<ConsentWithdrawn>(e => e.ConsentId == consent)).Single().WithdrawnOn.ShouldBe(new DateOnly(2024, 6, 1));
    }

    [Fact]
    public async Task An_unknown_purpose_or_an_expiry_before_the_date_is_refused_and_writes_nothing()
    {
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "operator");
        var person = (await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var url = $"{People.Url}/{person}/consents";

        var unknown = await client.PostJsonAsync(url, new { purpose = "marketing", givenOn = "2024-02-01", signedBy = "x" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ReadJsonAsync()).GetProperty("errors").TryGetProperty("purpose", out _).ShouldBeTrue();
        (await client.PostJsonAsync(url, new { purpose = "referral", givenOn = "2024-02-01", expiresOn = "2024-01-01", signedBy = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await client.GetAsync(url)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
    }
}
