using System.Net;
using System.Text.Json;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>Health and disability data: a social worker, or the case manager of an accepted, consented referral; nobody else.</summary>
[Collection(ReferralsCollection.Name)]
public class SpecialCategoryTests(ReferralsFixture fixture)
{
    private const string Disability = "invalidità civile 74%";
    private readonly ReferralsFactory factory = fixture.Factory;

    private static bool Shows(JsonElement file) =>
        file.TryGetProperty("specialCategory", out var s) && s.ValueKind == JsonValueKind.Object
        && s.GetProperty("disability").GetString() == Disability;

    private async Task<(string Tenant, Guid Person, Guid To, Guid Referral)> ReferredPersonAsync()
    {
        var tenant = ReferralsFixture.NewTenant();
        var social = factory.ClientFor(tenant, "social-worker");
        var (from, to) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        var person = (await (await social.PostJsonAsync(People.Url, People.Body(People.NewTaxCode(), disability: Disability))).ReadJsonAsync())
            .GetProperty("id").GetGuid();
        (await social.PostJsonAsync($"{People.Url}/{person}/consents",
            new { purpose = "referral", recipientOrganisationIds = new[] { to }, givenOn = "2024-01-01", signedBy = "l'interessato" })).EnsureSuccessStatusCode();
        var referral = (await (await factory.ClientFor(tenant, "operator").PostJsonAsync("/api/referrals/referrals",
                new { personId = person, fromOrganisationId = from, toOrganisationId = to, programme = "municipalProject", reason = "tirocinio", priority = "normal" }))
            .ReadJsonAsync()).GetProperty("id").GetGuid();
        return (tenant, person, to, referral);
    }

    private HttpClient Token(string tenant, string role, Guid? organisation = null, string subject = "test-user") =>
        factory.WithToken(Tokens.Create(tenant, [role], organisation: organisation, subject: subject));

    [Fact]
    public async Task Only_the_social_worker_sees_it_among_the_roles_and_every_read_is_logged_with_what_was_shown()
    {
        var (tenant, person, to, _) = await ReferredPersonAsync();

        Shows(await (await Token(tenant, "social-worker").GetAsync($"{People.Url}/{person}")).ReadJsonAsync()).ShouldBeTrue();
        foreach (var role in new[] { "operator", "cpi-operator", "consortium-admin", "auditor" })
        {
            var file = await Token(tenant, role, to).GetAsync($"{People.Url}/{person}");
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = await file.ReadJsonAsync();
            Shows(body).ShouldBeFalse(role);
            body.ToString().ShouldNotContain("74%");
        }

        (await Token(tenant, "partner", to).GetAsync($"{People.Url}/{person}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var log = await (await Token(tenant, "auditor").GetAsync($"{People.Url}/{person}/access-log")).ReadJsonAsync();
        var reads = log.GetProperty("items").EnumerateArray()
            .Select(a => (Role: a.GetProperty("roles")[0].GetString(), What: a.GetProperty("what").GetString())).ToList();
        reads.ShouldContain(("social-worker", "scheda con dati particolari"));
        foreach (var role in new[] { "operator", "cpi-operator", "consortium-admin", "auditor" })
        {
            reads.ShouldContain((role, "scheda"));
        }
    }

    [Fact]
    public async Task The_named_case_manager_sees_it_once_the_referral_is_accepted_and_no_longer_when_the_consent_is_withdrawn()
    {
        var (tenant, person, to, referral) = await ReferredPersonAsync();
        var caseManager = Token(tenant, "partner", to, subject: "cm-bianchi");
        var colleague = Token(tenant, "partner", to, subject: "cm-verdi");

        (await caseManager.GetAsync($"{People.Url}/{person}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Token(tenant, "social-worker", to).PostJsonAsync($"/api/referrals/referrals/{referral}/accept", new { caseManagerId = "cm-bianchi" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var seen = await caseManager.GetAsync($"{People.Url}/{person}?reason=presa in carico");
        seen.StatusCode.ShouldBe(HttpStatusCode.OK);
        Shows(await seen.ReadJsonAsync()).ShouldBeTrue();
        (await colleague.GetAsync($"{People.Url}/{person}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var sameNameOtherOrganisation = Token(tenant, "operator", Guid.NewGuid(), subject: "cm-bianchi");
        Shows(await (await sameNameOtherOrganisation.GetAsync($"{People.Url}/{person}")).ReadJsonAsync()).ShouldBeFalse();

        var log = await (await Token(tenant, "auditor").GetAsync($"{People.Url}/{person}/access-log")).ReadJsonAsync();
        log.GetProperty("items").EnumerateArray().ShouldContain(a =>
            a.GetProperty("subject").GetString() == "cm-bianchi" && a.GetProperty("what").GetString() == "scheda con dati particolari"
            && a.GetProperty("why").GetString() == "presa in carico");

        var social = Token(tenant, "social-worker");
        var consent = (await (await social.GetAsync($"{People.Url}/{person}/consents")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        (await social.PostJsonAsync($"{People.Url}/{person}/consents/{consent}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await caseManager.GetAsync($"{People.Url}/{person}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
