using System.Net;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

[Collection(GrantsCollection.Name)]
public sealed class ServiceEndpointsTests(GrantsFixture fixture) : ServiceContractTests<Program>
{
    protected override ServiceFactory<Program> Factory => fixture.Factory;

    protected override string Collection => "/api/grants/grants";

    protected override IReadOnlyList<string> DocumentedRoutes =>
    [
        "/api/grants/grants/{id}/disbursements", "/api/grants/budgets/{id}/lines/{lineId}",
        "/api/grants/reservations/{id}/release", "/api/grants/reports/transparency",
    ];

    protected override IReadOnlyList<string> TenantTables =>
    [
        "budget_lines", "budgets", "grant_amendments", "grant_disbursements", "grants", "idempotency_records", "organisations",
        "stipend_reservations",
    ];

    [Fact]
    public async Task A_step_on_a_missing_grant_is_404_and_a_bad_report_filter_400()
    {
        using var client = fixture.Factory.ClientFor(GrantsFixture.NewTenant(), "operator");
        (await client.PostAsync($"/api/grants/grants/{Guid.NewGuid()}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/grants/reports/by-year?from=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
