using System.Net;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

[Collection(RegistryCollection.Name)]
public class AccreditationsApiTests(RegistryFixture fixture)
{
    private readonly RegistryFactory factory = fixture.Factory;

    [Fact]
    public async Task An_accredited_operator_is_listed_while_its_accreditation_is_in_force()
    {
        var tenant = RegistryFixture.NewTenant();
        var client = factory.ClientFor(tenant, "consortium-admin");
        var zonaOvest = (await (await client.PostJsonAsync(Organisations.Url, Organisations.Body("Zona Ovest di Torino srl", "inHouseCompany")))
            .ReadJsonAsync()).GetProperty("id").GetGuid();

        var added = await client.PostJsonAsync($"{Organisations.Url}/{zonaOvest}/accreditations", new
        {
            region = "Piemonte", registerNumber = "D-31236", kind = "servicesForWork", stage = "definitive", validFrom = "2012-01-01",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var accreditation = await added.ReadJsonAsync();
        accreditation.GetProperty("inForce").GetBoolean().ShouldBeTrue();
        var accreditationId = accreditation.GetProperty("id").GetGuid();

        async Task<int> Listed(string on) =>
            (await (await client.GetAsync($"/api/registry/accredited-operators?on={on}")).ReadJsonAsync()).GetProperty("items").GetArrayLength();

        (await Listed("2011-12-31")).ShouldBe(0);
        (await Listed("2020-06-01")).ShouldBe(1);

        // Only the consortium's administrators renew or expire a regional accreditation.
        var operatorClient = factory.ClientFor(tenant, "operator");
        (await operatorClient.PostJsonAsync($"/api/registry/accreditations/{accreditationId}/expire", new { on = "2021-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await operatorClient.PostJsonAsync($"/api/registry/accreditations/{accreditationId}/renew", new { validTo = "2030-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Listed("2021-01-01")).ShouldBe(1);

        var expired = await client.PostJsonAsync($"/api/registry/accreditations/{accreditationId}/expire", new { on = "2021-01-01", reason = "revoca" });
        expired.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Listed("2020-06-01")).ShouldBe(1);
        (await Listed("2021-01-01")).ShouldBe(0);

        var renewed = await client.PostJsonAsync($"/api/registry/accreditations/{accreditationId}/renew", new { validTo = "2030-01-01" });
        renewed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await renewed.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("accreditation-expired");

        (await fixture.Events.WaitForAsync<AccreditationGranted>(e => e.AccreditationId == accreditationId))[0].RegisterNumber.ShouldBe("D-31236");
        (await fixture.Events.WaitForAsync<AccreditationExpired>(e => e.AccreditationId == accreditationId))[0].ExpiredOn.ShouldBe(new DateOnly(2021, 1, 1));
    }

    [Fact]
    public async Task A_suspended_operator_is_not_listed_and_bad_dates_are_refused()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "consortium-admin");
        var id = (await (await client.PostJsonAsync(Organisations.Url, Organisations.Body("Convenzione Sportelli per il Lavoro", "accreditedOperator")))
            .ReadJsonAsync()).GetProperty("id").GetGuid();
        (await client.PostJsonAsync($"{Organisations.Url}/{id}/accreditations",
            new { region = "Piemonte", kind = "servicesForWork", stage = "definitive", validFrom = "2023-01-01", validTo = "2022-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostJsonAsync($"{Organisations.Url}/{id}/accreditations",
            new { region = "Piemonte", kind = "servicesForWork", stage = "definitive", validFrom = "2023-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await (await client.GetAsync("/api/registry/accredited-operators")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
        await client.PostJsonAsync($"{Organisations.Url}/{id}/suspend", new { reason = "verifica" });
        (await (await client.GetAsync("/api/registry/accredited-operators")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}
