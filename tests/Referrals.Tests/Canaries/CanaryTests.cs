using System.Net;
using Rete.Referrals.Tests.Api;
using Rete.Testing;

namespace Rete.Referrals.Tests.Canaries;

/// <summary>
/// A person with canary values goes through every flow; then no canary may be found in what reached RabbitMQ,
/// in the service's log output or in its spans. Each canary is a value nobody else would write.
/// </summary>
[Collection(ReferralsCollection.Name)]
public sealed class CanaryTests(ReferralsFixture fixture) : IAsyncLifetime
{
    private BrokerTap tap = null!;

    public async Task InitializeAsync() => tap = await BrokerTap.StartAsync("Rete.Contracts.Referrals");

    public async Task DisposeAsync() => await tap.DisposeAsync();

    [Fact]
    public async Task No_personal_datum_of_a_person_leaves_the_service_in_events_logs_or_spans()
    {
        var factory = fixture.Factory;
        var tenant = TestTenants.Next();
        var taxCode = Api.People.NewTaxCode();
        string[] secrets = [taxCode, "Canarinonome", "Canarinocognome", "1977-07-17", "17/07/1977", "canarino.posta@example.invalid", "3337771717",
            "Canarinodisabile", "Canarinosalute", "Canarinomotivo"];

        var (from, to, cpi) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        await Network.AccreditationAsync(fixture, tenant, to, new DateOnly(2020, 1, 1), null);
        var social = factory.WithToken(Tokens.Create(tenant, ["social-worker"], organisation: from));
        var receiver = factory.WithToken(Tokens.Create(tenant, ["operator"], organisation: to));
        var cpiOperator = factory.WithToken(Tokens.Create(tenant, ["cpi-operator"], organisation: cpi));

        var registered = await social.PostJsonAsync(Api.People.Url, new
        {
            firstName = "Canarinonome", lastName = "Canarinocognome", taxCode, birthDate = "1977-07-17", municipalityIstat = "001272",
            district = "Distretto 2", targetGroups = new[] { "disability" }, email = "canarino.posta@example.invalid", phone = "3337771717",
            disability = "Canarinodisabile", healthServiceFollowUp = "Canarinosalute",
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var person = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();
        await social.PostJsonAsync(Api.People.Url, Api.People.Body(taxCode, firstName: "Canarinonome", lastName: "Canarinocognome", birthDate: "1977-07-17"));

        (await social.PostJsonAsync($"{Api.People.Url}/search", new { taxCode })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await social.PostJsonAsync($"{Api.People.Url}/search", new { lastName = "Canarinocognome", firstName = "Canarinonome", birthDate = "1977-07-17" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await social.GetAsync($"{Api.People.Url}/{person}?reason=colloquio")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await social.PostJsonAsync($"{Api.People.Url}/{person}/consents", new { purpose = "referral", givenOn = "2024-01-01", signedBy = "Canarinonome Canarinocognome" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var sent = await social.PostJsonAsync("/api/referrals/referrals",
            new { personId = person, fromOrganisationId = from, toOrganisationId = to, programme = "golPathway4", reason = "Canarinomotivo", priority = "urgent" });
        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var referral = (await sent.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await receiver.PostJsonAsync($"/api/referrals/referrals/{referral}/accept", new { caseManagerId = "cm-1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await receiver.PostJsonAsync($"/api/referrals/referrals/{referral}/close", new { outcome = "employed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cpiOperator.PostJsonAsync("/api/referrals/assignments",
            new { personId = person, cpiOrganisationId = cpi, operatorOrganisationId = to, pathway = 4, socialServicesOrganisationId = from, assignedOn = "2024-02-29" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await social.GetAsync($"{Api.People.Url}/{person}/pathway")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var export = await (await social.GetAsync($"{Api.People.Url}/{person}/export")).Content.ReadAsStringAsync();
        export.ShouldContain("Canarinosalute");
        (await social.GetAsync($"{Api.People.Url}/{person}/access-log")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Two people, a duplicate flag, a consent, three referral steps, an assignment: at least 8 messages on the wire.
        var messages = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (messages.Count < 8 && DateTime.UtcNow < deadline)
        {
            messages.AddRange(await tap.DrainAsync());
            await Task.Delay(200);
        }

        await Task.Delay(500);
        messages.AddRange(await tap.DrainAsync());
        messages.Count.ShouldBeGreaterThanOrEqualTo(8);
        messages.ShouldContain(m => m.Contains(person.ToString(), StringComparison.Ordinal));

        foreach (var (where, lines) in new[] { ("RabbitMQ", messages), ("logs", fixture.Capture.Logs.ToList()), ("spans", fixture.Capture.Spans.ToList()) })
        {
            lines.ShouldNotBeEmpty(where);
            foreach (var secret in secrets)
            {
                var leaks = lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
                leaks.ShouldBeEmpty($"{secret} found in {where}: {string.Join(" // ", leaks.Take(3))}");
            }
        }
    }
}
