using Rete.Testing;

namespace Rete.Identity.Tests;

public sealed class ServiceEndpointsTests(IdentityFactory factory) : ServiceContractTests<Program>, IClassFixture<IdentityFactory>
{
    protected override ServiceFactory<Program> Factory => factory;

    protected override string Collection => "/api/identity/users";

    protected override string[] ReaderRoles => ["consortium-admin"];

    protected override bool UsesMessaging => false;

    protected override IReadOnlyList<string> DocumentedRoutes => ["/api/identity/users/{id}", "/api/identity/users/{id}/disable"];

    protected override IReadOnlyList<string> TenantTables => ["idempotency_records", "users"];

    // Before sign-in there is no tenant: the name-to-tenant table is the one read across tenants (SignInName).
    protected override IReadOnlyList<string> CrossTenantTables => ["sign_in_names"];
}
