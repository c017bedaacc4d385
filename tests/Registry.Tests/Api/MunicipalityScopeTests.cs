using System.Net;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>A token limited to some municipalities writes only there, before and after the change.</summary>
[Collection(RegistryCollection.Name)]
public class MunicipalityScopeTests(RegistryFixture fixture)
{
    private const string Novara = "003106";
    private const string Torino = "001272";

    private readonly RegistryFactory factory = fixture.Factory;

    [Fact]
    public async Task An_operator_limited_to_a_municipality_cannot_write_outside_it()
    {
        var tenant = RegistryFixture.NewTenant();
        var admin = factory.ClientFor(tenant, "consortium-admin");
        var novaraOperator = factory.WithToken(Tokens.Create(tenant, ["operator"], municipalities: [Novara]));

        var inTorino = (await (await admin.PostJsonAsync(Organisations.Url, Organisations.Body("In Torino", municipality: Torino))).ReadJsonAsync())
            .GetProperty("id").GetGuid();
        var inNovaraResponse = await novaraOperator.PostJsonAsync(Organisations.Url, Organisations.Body("In Novara", municipality: Novara));
        inNovaraResponse.StatusCode.ShouldBe(HttpStatusCode.Created);
        var inNovara = (await inNovaraResponse.ReadJsonAsync()).GetProperty("id").GetGuid();

        // Out of its municipality: no suspension, no accreditation.
        (await novaraOperator.PostJsonAsync($"{Organisations.Url}/{inTorino}/suspend", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await novaraOperator.PostJsonAsync($"{Organisations.Url}/{inTorino}/accreditations", new
        {
            region = "Piemonte", registerNumber = "D-1", kind = "servicesForWork", stage = "definitive", validFrom = "2012-01-01",
        })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Its own organisation cannot be moved to another municipality.
        (await novaraOperator.PutJsonAsync($"{Organisations.Url}/{inNovara}", Organisations.Body("In Novara", municipality: Torino), "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A network table scoped elsewhere cannot be created.
        (await novaraOperator.PostJsonAsync("/api/registry/networks", new { name = "Tavolo", scope = "municipality", municipalityIstat = Torino }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Nothing changed: the Torino organisation is still active, the Novara one still in Novara.
        (await (await admin.GetAsync($"{Organisations.Url}/{inTorino}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("active");
        (await (await admin.GetAsync($"{Organisations.Url}/{inNovara}")).ReadJsonAsync()).GetProperty("municipalityIstat").GetString().ShouldBe(Novara);

        // Inside its municipality it may act.
        (await novaraOperator.PostJsonAsync($"{Organisations.Url}/{inNovara}/suspend", new { reason = "verifica" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
