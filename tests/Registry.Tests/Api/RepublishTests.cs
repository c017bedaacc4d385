using System.Net;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

[Collection(RegistryCollection.Name)]
public class RepublishTests(RegistryFixture fixture)
{
    [Fact]
    public async Task Republishing_announces_each_organisation_of_the_tenant_once_as_it_is_now()
    {
        var tenant = RegistryFixture.NewTenant();
        var admin = fixture.Factory.ClientFor(tenant, "consortium-admin");
        var other = RegistryFixture.NewTenant();
        await fixture.Factory.ClientFor(other, "operator").PostJsonAsync(Organisations.Url, Organisations.Body("Di un altro consorzio"));
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await (await admin.PostJsonAsync(Organisations.Url, Organisations.Body($"Organizzazione {i}"))).ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        await admin.PostJsonAsync($"{Organisations.Url}/{ids[0]}/suspend", new { reason = "verifica" });

        (await fixture.Factory.ClientFor(tenant, "operator").PostAsync($"{Organisations.Url}/republish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var response = await admin.PostAsync($"{Organisations.Url}/republish", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await response.ReadJsonAsync()).GetProperty("organisations").GetInt32().ShouldBe(3);
        var snapshots = await fixture.Events.WaitForAsync<OrganisationSnapshotPublished>(e => e.TenantId == tenant, expected: 3);
        snapshots.Select(e => e.OrganisationId).ShouldBe(ids, ignoreOrder: true);
        var suspended = snapshots.Single(e => e.OrganisationId == ids[0]);
        suspended.Status.ShouldBe("suspended");
        suspended.Version.ShouldBe(2);
        fixture.Events.Of<OrganisationSnapshotPublished>(e => e.TenantId == other).ShouldBeEmpty();
    }
}
