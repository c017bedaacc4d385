using Rete.Testing;

namespace Rete.Placements.Tests.Api;

[Collection(PlacementsCollection.Name)]
public sealed class ServiceEndpointsTests(PlacementsFixture fixture) : ServiceContractTests<Program>
{
    protected override ServiceFactory<Program> Factory => fixture.Placements;

    protected override string Collection => "/api/placements/placements";

    protected override IReadOnlyList<string> DocumentedRoutes =>
        ["/api/placements/placements/{id}/attendance", "/api/placements/projects/{id}/conclude"];

    protected override IReadOnlyList<string> TenantTables =>
    [
        "attendance_months", "follow_ups", "idempotency_records", "known_accreditations", "known_consents",
        "known_organisations", "placements", "projects",
    ];
}
