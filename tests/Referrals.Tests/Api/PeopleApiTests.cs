using System.Net;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

[Collection(ReferralsCollection.Name)]
public class PeopleApiTests(ReferralsFixture fixture)
{
    private readonly ReferralsFactory factory = fixture.Factory;

    [Fact]
    public async Task A_registered_person_is_found_by_tax_code_and_by_name_and_birth_date_and_announced_without_personal_data()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var taxCode = People.NewTaxCode();

        var created = await client.PostJsonAsync(People.Url, People.Body(taxCode, lastName: "Trovabile"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var byTaxCode = await (await client.PostJsonAsync($"{People.Url}/search", new { taxCode = taxCode.ToLowerInvariant() })).ReadJsonAsync();
        byTaxCode.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([id]);
        var byName = await (await client.PostJsonAsync($"{People.Url}/search", new { lastName = "trovabile", birthDate = "1985-12-10" })).ReadJsonAsync();
        byName.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([id]);

        var file = await (await client.GetAsync($"{People.Url}/{id}?reason=presa in carico")).ReadJsonAsync();
        file.GetProperty("taxCode").GetString().ShouldBe(taxCode);

        var registered = (await fixture.Events.WaitForAsync<PersonRegistered>(e => e.PersonId == id)).Single();
        registered.TenantId.ShouldBe(tenant);
        registered.MunicipalityIstat.ShouldBe("001272");
    }

    [Fact]
    public async Task Listing_everyone_or_a_bad_tax_code_is_refused_with_problem_details_and_writes_nothing()
    {
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "operator");
        (await client.PostJsonAsync($"{People.Url}/search", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var bad = await client.PostJsonAsync(People.Url, People.Body("RSSMRA85T10L219X"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync()).GetProperty("errors").TryGetProperty("taxCode", out _).ShouldBeTrue();
        var missing = await client.PostJsonAsync(People.Url, new { firstName = "Mario", lastName = "Fittizio", birthDate = "1985-12-10" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.ReadJsonAsync()).GetProperty("errors").TryGetProperty("taxCode", out _).ShouldBeTrue();
        var found = await (await client.PostJsonAsync($"{People.Url}/search", new { lastName = "Fittizio", birthDate = "1985-12-10" })).ReadJsonAsync();
        found.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_second_registration_with_the_same_tax_code_or_name_and_birth_date_is_kept_and_flagged()
    {
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "operator");
        var taxCode = People.NewTaxCode();
        var first = (await (await client.PostJsonAsync(People.Url, People.Body(taxCode, lastName: "Doppio"))).ReadJsonAsync()).GetProperty("id").GetGuid();

        var sameCode = await (await client.PostJsonAsync(People.Url, People.Body(taxCode, lastName: "Altro"))).ReadJsonAsync();
        sameCode.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetGuid()).ShouldBe([first]);
        var sameName = await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode(), lastName: "DOPPIO"))).ReadJsonAsync();
        sameName.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetGuid()).ShouldContain(first);
        var unrelated = await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode(), lastName: "Unico"))).ReadJsonAsync();
        unrelated.GetProperty("possibleDuplicates").GetArrayLength().ShouldBe(0);

        var found = await (await client.PostJsonAsync($"{People.Url}/search", new { taxCode })).ReadJsonAsync();
        found.GetProperty("items").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Special_category_data_is_shown_to_a_social_worker_and_to_nobody_else()
    {
        var tenant = ReferralsFixture.NewTenant();
        var social = factory.ClientFor(tenant, "social-worker");
        var id = (await (await social.PostJsonAsync(People.Url, People.Body(People.NewTaxCode(), disability: "invalidità civile 67%")))
            .ReadJsonAsync()).GetProperty("id").GetGuid();

        var seen = await (await social.GetAsync($"{People.Url}/{id}")).ReadJsonAsync();
        seen.GetProperty("specialCategory").GetProperty("disability").GetString().ShouldBe("invalidità civile 67%");
        var operatorView = await (await factory.ClientFor(tenant, "operator").GetAsync($"{People.Url}/{id}")).ReadJsonAsync();
        operatorView.GetProperty("lastName").GetString().ShouldBe("Fittizio");
        (operatorView.TryGetProperty("specialCategory", out var hidden) && hidden.ValueKind != System.Text.Json.JsonValueKind.Null).ShouldBeFalse();
        operatorView.ToString().ShouldNotContain("67%");
    }

    [Fact]
    public async Task Every_read_of_a_file_is_in_its_access_log_and_the_auditor_sees_it_across_people()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var id = (await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        await client.GetAsync($"{People.Url}/{id}?reason=verifica requisiti");

        var log = await (await client.GetAsync($"{People.Url}/{id}/access-log")).ReadJsonAsync();
        var whys = log.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("why").GetString()).ToList();
        whys.ShouldContain("verifica requisiti");

        (await client.GetAsync("/api/referrals/access-log")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var audit = await (await factory.ClientFor(tenant, "auditor").GetAsync("/api/referrals/access-log")).ReadJsonAsync();
        audit.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("personId").GetGuid() == id).ShouldBeGreaterThanOrEqualTo(2);
    }
}
