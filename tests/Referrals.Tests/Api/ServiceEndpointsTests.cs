using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

[Collection(ReferralsCollection.Name)]
public sealed class ServiceEndpointsTests(ReferralsFixture fixture) : ServiceContractTests<Program>
{
    protected override ServiceFactory<Program> Factory => fixture.Factory;

    protected override string Collection => "/api/referrals/candidates";

    protected override string ResourceCollection => "/api/referrals/referrals";

    protected override IReadOnlyList<string> DocumentedRoutes =>
        ["/api/referrals/people/{id}", "/api/referrals/people/{id}/consents/{consentId}/withdraw", "/api/referrals/referrals/{id}/accept"];

    protected override IReadOnlyList<string> TenantTables =>
    [
        "access_log", "candidates", "consents", "gol_assignments", "idempotency_records", "known_accreditations",
        "known_organisations", "people", "placement_steps", "referrals",
    ];
}
