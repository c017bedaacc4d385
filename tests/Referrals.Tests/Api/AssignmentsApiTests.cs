using System.Net;
using Rete.Contracts.Referrals;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

[Collection(ReferralsCollection.Name)]
public class AssignmentsApiTests(ReferralsFixture fixture)
{
    private const string Url = "/api/referrals/assignments";
    private readonly ReferralsFactory factory = fixture.Factory;

    private static object Assign(Guid person, Guid cpi, Guid op, int pathway, string on, Guid? social = null) =>
        new { personId = person, cpiOrganisationId = cpi, operatorOrganisationId = op, pathway, socialServicesOrganisationId = social, assignedOn = on };

    [Fact]
    public async Task A_cpi_operator_assigns_only_to_an_operator_accredited_for_servizi_al_lavoro_on_that_day()
    {
        var tenant = ReferralsFixture.NewTenant();
        var (cpi, op, trainer) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        await Network.AccreditationAsync(fixture, tenant, op, new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31));
        await Network.AccreditationAsync(fixture, tenant, trainer, new DateOnly(2020, 1, 1), null, kind: "training");
        var cpiOperator = factory.WithToken(Tokens.Create(tenant, ["cpi-operator"], organisation: cpi));
        var person = (await (await cpiOperator.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();

        var created = await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, op, 1, "2023-03-15"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await fixture.Events.WaitForAsync<GolAssignmentCreated>(e => e.AssignmentId == id)).Single().Pathway.ShouldBe(1);

        var lapsed = await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, op, 2, "2024-02-29"));
        lapsed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await lapsed.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("not-accredited");
        (await (await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, trainer, 2, "2023-03-15"))).ReadJsonAsync())
            .GetProperty("code").GetString().ShouldBe("not-accredited");
        (await (await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, Guid.NewGuid(), 2, "2023-03-15"))).ReadJsonAsync())
            .GetProperty("code").GetString().ShouldBe("operator-not-active");

        var list = await (await cpiOperator.GetAsync($"{Url}?organisationId={cpi}")).ReadJsonAsync();
        list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Fact]
    public async Task Only_a_cpi_operator_assigns_pathways_run_from_1_to_4_and_pathway_4_names_social_services()
    {
        var tenant = ReferralsFixture.NewTenant();
        var (cpi, op, social) = (await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant), await Network.OrganisationAsync(fixture, tenant));
        await Network.AccreditationAsync(fixture, tenant, op, new DateOnly(2022, 1, 1), null);
        var cpiOperator = factory.WithToken(Tokens.Create(tenant, ["cpi-operator"], organisation: cpi));
        var person = (await (await cpiOperator.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();

        (await factory.ClientFor(tenant, "operator").PostJsonAsync(Url, Assign(person, cpi, op, 1, "2024-02-29"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var five = await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, op, 5, "2024-02-29"));
        five.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await five.ReadJsonAsync()).GetProperty("errors").TryGetProperty("pathway", out _).ShouldBeTrue();
        (await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, op, 4, "2024-02-29"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var four = await (await cpiOperator.PostJsonAsync(Url, Assign(person, cpi, op, 4, "2024-02-29", social))).ReadJsonAsync();
        four.GetProperty("socialServicesOrganisationId").GetGuid().ShouldBe(social);
        var id = four.GetProperty("id").GetGuid();
        var closed = await (await cpiOperator.PostJsonAsync($"{Url}/{id}/close", new { outcome = "employed", closedOn = "2024-09-30" })).ReadJsonAsync();
        closed.GetProperty("status").GetString().ShouldBe("closed");
        (await cpiOperator.PostJsonAsync($"{Url}/{id}/close", new { outcome = "employed" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
