using System.Net;
using Npgsql;
using Rete.Contracts.Grants;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

/// <summary>Tenants are kept apart by the EF filter through every endpoint, and by PostgreSQL's row-level security underneath.</summary>
[Collection(GrantsCollection.Name)]
public class TenantIsolationTests(GrantsFixture fixture)
{
    [Fact]
    public async Task Another_tenant_never_sees_or_touches_a_tenants_budgets_grants_reservations_or_organisations()
    {
        var torino = new Scenario(fixture);
        var other = new Scenario(fixture);
        var beneficiary = await torino.OrganisationAsync("Associazione Progetto Marconi");
        var budget = await Scenario.CreatedAsync(await torino.Admin.PostJsonAsync(Scenario.Budgets, new
        {
            year = 2015, source = "municipalFunds",
            lines = new object[] { new { kind = "grants", name = "Contributi", amount = 30_000m }, new { kind = "stipends", name = "Borse", amount = 2_400m } },
        }));
        var budgetId = budget.GetProperty("id").GetGuid();
        var line = budget.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var stipends = budget.GetProperty("lines")[1].GetProperty("id").GetGuid();
        var grant = await torino.ApprovedAsync(beneficiary, line, 14_000m);
        var reservation = Guid.NewGuid();
        await Scenario.CreatedAsync(await torino.Operator.PostJsonAsync(Scenario.Reservations, new { reservationId = reservation, budgetLineId = stipends, months = 3, monthlyAmount = 400m }));

        var admin = other.Admin;
        (await admin.GetAsync($"{Scenario.Budgets}/{budgetId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PutJsonAsync($"{Scenario.Budgets}/{budgetId}/lines/{line}", new { name = "Presa", amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostJsonAsync($"{Scenario.Budgets}/{budgetId}/lines", new { kind = "grants", name = "Presa", amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{Scenario.Grants}/{grant}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var step in new[] { "approve", "close", "revoke" })
        {
            (await admin.PostAsync($"{Scenario.Grants}/{grant}/{step}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await admin.PostJsonAsync($"{Scenario.Grants}/{grant}/amendments", new { kind = "topUp", amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostJsonAsync($"{Scenario.Grants}/{grant}/disbursements", new { amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostJsonAsync($"{Scenario.Grants}/{grant}/report", new { actualSpend = 1m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{Scenario.Reservations}/{reservation}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostJsonAsync($"{Scenario.Reservations}/{reservation}/release", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/grants/organisations/{beneficiary}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await admin.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(beneficiary, line, 1m))).ShouldBeInvalidAsync("beneficiaryId");
        var ownBeneficiary = await other.OrganisationAsync();
        await (await admin.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(ownBeneficiary, line, 1m))).ShouldBeInvalidAsync("budgetLineId");
        await (await admin.PostJsonAsync(Scenario.Reservations, new { budgetLineId = stipends, months = 1, monthlyAmount = 1m })).ShouldBeInvalidAsync("budgetLineId");

        foreach (var list in new[] { Scenario.Budgets, Scenario.Grants, Scenario.Reservations, "/api/grants/organisations" })
        {
            var items = (await (await admin.GetAsync(list)).ReadJsonAsync()).GetProperty("items");
            items.EnumerateArray().ShouldAllBe(i => i.GetProperty("id").GetGuid() == ownBeneficiary, list);
        }

        foreach (var report in new[] { "by-year", "by-source", "by-beneficiary", "mandate?from=2011&to=2016" })
        {
            var body = (await (await admin.GetAsync($"{Scenario.Reports}/{report}")).Content.ReadAsStringAsync());
            body.ShouldNotContain("14000", Case.Sensitive, report);
            body.ShouldNotContain(beneficiary.ToString(), Case.Sensitive, report);
        }

        (await (await admin.GetAsync($"{Scenario.Reports}/transparency")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await torino.Admin.GetAsync($"{Scenario.Reports}/transparency")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_reservation_request_of_another_tenant_cannot_reach_a_tenants_line()
    {
        var torino = new Scenario(fixture);
        var line = await torino.LineAsync(12_000m, "stipends");
        var intruder = Guid.NewGuid();

        await fixture.PublishAsync(ReservationsTests.Request(GrantsFixture.NewTenant(), intruder, line, months: 3, monthly: 400m));

        (await fixture.Events.WaitForAsync<StipendReservationRefused>(e => e.ReservationId == intruder))[0].Reason.ShouldBe("unknown-line");
        (await torino.LineFiguresAsync(line)).GetProperty("reserved").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task The_same_reservation_id_in_two_tenants_is_two_reservations()
    {
        var a = new Scenario(fixture);
        var b = new Scenario(fixture);
        var lineA = await a.LineAsync(1_200m, "stipends");
        var lineB = await b.LineAsync(1_200m, "stipends");
        var shared = Guid.NewGuid();

        await fixture.PublishAsync(ReservationsTests.Request(a.Tenant, shared, lineA, months: 3, monthly: 400m));
        await fixture.PublishAsync(ReservationsTests.Request(b.Tenant, shared, lineB, months: 3, monthly: 400m));

        (await fixture.Events.WaitForAsync<StipendsReserved>(e => e.ReservationId == shared, expected: 2))
            .Select(e => e.TenantId).ShouldBe([a.Tenant, b.Tenant], ignoreOrder: true);
        (await a.LineFiguresAsync(lineA)).GetProperty("reserved").GetDecimal().ShouldBe(1_200m);
        (await b.LineFiguresAsync(lineB)).GetProperty("reserved").GetDecimal().ShouldBe(1_200m);
    }

    [Fact]
    public async Task Row_level_security_alone_hides_other_tenants_rows_from_the_application_role()
    {
        var a = new Scenario(fixture);
        var b = new Scenario(fixture);
        await a.ApprovedAsync(await a.OrganisationAsync("Di A"), await a.LineAsync(1_000m), 1_000m);
        await b.ApprovedAsync(await b.OrganisationAsync("Di B"), await b.LineAsync(1_000m), 1_000m);

        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        async Task<List<string>> TenantsSeenAs(string? tenant, string table)
        {
            // No WHERE on tenant_id: only the policies stand between this query and the other tenant.
            await using var command = new NpgsqlCommand(
                $"""
                SELECT set_config('role', 'rete_app', false), set_config('rete.tenant_id', @t, false);
                SELECT DISTINCT tenant_id FROM {table} WHERE tenant_id IN (@a, @b) ORDER BY 1;
                """, connection);
            command.Parameters.AddWithValue("t", tenant ?? "");
            command.Parameters.AddWithValue("a", a.Tenant);
            command.Parameters.AddWithValue("b", b.Tenant);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.NextResultAsync();
            var seen = new List<string>();
            while (await reader.ReadAsync())
            {
                seen.Add(reader.GetString(0));
            }

            return seen;
        }

        foreach (var table in new[] { "grants", "budget_lines", "budgets", "organisations" })
        {
            (await TenantsSeenAs(a.Tenant, table)).ShouldBe([a.Tenant], table);
            (await TenantsSeenAs(b.Tenant, table)).ShouldBe([b.Tenant], table);
            (await TenantsSeenAs(null, table)).ShouldBeEmpty(table);
        }

        await using var reset = new NpgsqlCommand("RESET role", connection);
        await reset.ExecuteNonQueryAsync();
    }
}
