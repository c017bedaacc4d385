using Rete.Testing;

namespace Rete.Registry.Tests.Api;

[Collection(RegistryCollection.Name)]
public sealed class ServiceEndpointsTests(RegistryFixture fixture) : ServiceContractTests<Program>
{
    protected override ServiceFactory<Program> Factory => fixture.Factory;

    protected override string Collection => "/api/registry/organisations";

    protected override IReadOnlyList<string> DocumentedRoutes =>
        ["/api/registry/organisations/{id}", "/api/registry/networks/{id}/meetings", "/api/registry/accreditations/{id}/renew"];

    protected override IReadOnlyList<string> TenantTables =>
        ["accreditations", "consortium_profiles", "idempotency_records", "meetings", "network_members", "network_tables", "organisations"];
}
