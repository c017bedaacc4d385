using System.Net;
using System.Text;
using Npgsql;
using Rete.Contracts.Grants;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

[Collection(GrantsCollection.Name)]
public class BudgetsApiTests(GrantsFixture fixture)
{
    [Fact]
    public async Task A_consortium_admin_sets_a_budget_whose_lines_show_what_is_committed_and_available()
    {
        var s = new Scenario(fixture);
        var response = await s.Admin.PostJsonAsync(Scenario.Budgets, new
        {
            year = 2015,
            source = "municipalFunds",
            name = "Circoscrizione 2 - Iniziative per il lavoro 2015",
            lines = new object[]
            {
                new { kind = "grants", name = "Contributi", amount = 30_989.00m },
                new { kind = "stipends", name = "Borse lavoro", amount = 12_000.00m },
            },
        });
        var budget = await Scenario.CreatedAsync(response);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        budget.GetProperty("amount").GetDecimal().ShouldBe(42_989.00m);
        var contributi = budget.GetProperty("lines")[0].GetProperty("id").GetGuid();

        var beneficiary = await s.OrganisationAsync("Associazione Progetto Marconi");
        await s.ApprovedAsync(beneficiary, contributi, 14_000m);
        await s.RecordAsync(beneficiary, contributi, 4_000m); // a draft commits nothing

        var line = await s.LineFiguresAsync(contributi);
        line.GetProperty("amount").GetDecimal().ShouldBe(30_989.00m);
        line.GetProperty("awarded").GetDecimal().ShouldBe(14_000.00m);
        line.GetProperty("reserved").GetDecimal().ShouldBe(0m);
        line.GetProperty("disbursed").GetDecimal().ShouldBe(0m);
        line.GetProperty("available").GetDecimal().ShouldBe(16_989.00m);
        var events = await fixture.Events.WaitForAsync<BudgetLineSet>(e => e.TenantId == s.Tenant, expected: 2);
        events.Select(e => e.Kind).Order().ShouldBe(["grants", "stipends"]);
    }

    [Fact]
    public async Task One_budget_per_year_and_source()
    {
        var s = new Scenario(fixture);
        await Scenario.CreatedAsync(await s.Admin.PostJsonAsync(Scenario.Budgets, new { year = 2014, source = "region" }));
        await (await s.Admin.PostJsonAsync(Scenario.Budgets, new { year = 2014, source = "region" })).ShouldBeConflictAsync("budget-exists");
        await Scenario.CreatedAsync(await s.Admin.PostJsonAsync(Scenario.Budgets, new { year = 2014, source = "esf" }));
    }

    [Fact]
    public async Task A_line_cannot_drop_below_what_is_awarded_on_it_and_a_stale_if_match_changes_nothing()
    {
        var s = new Scenario(fixture);
        var budget = await Scenario.CreatedAsync(await s.Admin.PostJsonAsync(Scenario.Budgets, new
        {
            year = 2013, source = "municipalFunds", lines = new[] { new { kind = "grants", name = "Contributi", amount = 10_000m } },
        }));
        var budgetId = budget.GetProperty("id").GetGuid();
        var lineId = budget.GetProperty("lines")[0].GetProperty("id").GetGuid();
        await s.ApprovedAsync(await s.OrganisationAsync(), lineId, 6_000m);
        var url = $"{Scenario.Budgets}/{budgetId}/lines/{lineId}";

        await (await s.Admin.PutJsonAsync(url, new { name = "Contributi", amount = 5_999.99m }, ifMatch: "\"1\"")).ShouldBeConflictAsync("line-below-committed");
        var changed = await s.Admin.PutJsonAsync(url, new { name = "Contributi 2013", amount = 6_000m }, ifMatch: "\"1\"");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag!.Tag.ShouldBe("\"2\"");

        var stale = await s.Admin.PutJsonAsync(url, new { name = "Contributi", amount = 20_000m }, ifMatch: "\"1\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await stale.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("stale-version");

        var careless = fixture.Factory.WithToken(Tokens.For(s.Tenant, ["consortium-admin"]), careful: false);
        foreach (var missing in new[]
        {
            await careless.PutJsonAsync(url, new { name = "Contributi", amount = 20_000m }),
            await careless.PostJsonAsync($"{Scenario.Budgets}/{budgetId}/lines", new { kind = "grants", name = "Altra", amount = 1m }),
        })
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
            (await missing.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("version-required");
        }

        var line = await s.LineFiguresAsync(lineId);
        line.GetProperty("amount").GetDecimal().ShouldBe(6_000m);
        line.GetProperty("available").GetDecimal().ShouldBe(0m);
    }

    [Theory]
    [InlineData("""{"year":2015,"source":"municipalFunds","lines":[{"kind":"grants","name":"Contributi","amount":1000.001}]}""", "lines[0].amount")]
    [InlineData("""{"year":2015,"source":"municipalFunds","lines":[{"kind":"grants","name":"Contributi","amount":-1}]}""", "lines[0].amount")]
    [InlineData("""{"year":2015,"source":"municipalFunds","lines":[{"name":"Contributi","amount":10}]}""", "lines[0].kind")]
    [InlineData("""{"year":1850,"source":"municipalFunds"}""", "year")]
    [InlineData("""{"year":2015}""", "source")]
    public async Task Bad_input_answers_400_per_field_and_writes_nothing(string json, string field)
    {
        var s = new Scenario(fixture);
        var response = await s.Admin.PostAsync(Scenario.Budgets, new StringContent(json, Encoding.UTF8, "application/json"));
        await response.ShouldBeInvalidAsync(field);
        (await CountAsync(s.Tenant)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_consortium_admins_set_budgets_others_but_partners_read_them_and_ops_sees_nothing()
    {
        var s = new Scenario(fixture);
        var body = new { year = 2012, source = "cityLabourDivision" };
        (await fixture.Factory.ClientFor(s.Tenant, "operator").PostJsonAsync(Scenario.Budgets, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Factory.ClientFor(s.Tenant, "auditor").PostJsonAsync(Scenario.Budgets, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var budget = (await Scenario.CreatedAsync(await s.Admin.PostJsonAsync(Scenario.Budgets, body))).GetProperty("id").GetGuid();

        (await fixture.Factory.ClientFor(s.Tenant, "auditor").GetAsync(Scenario.Budgets)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A partner sees its own grants, never the consortium's budgets; a partner who is also an operator does.
        var partner = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: Guid.NewGuid()));
        (await partner.GetAsync(Scenario.Budgets)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.GetAsync($"{Scenario.Budgets}/{budget}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.GetAsync(Scenario.Reservations)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var partnerOperator = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["partner", "operator"], organisation: Guid.NewGuid()));
        (await partnerOperator.GetAsync($"{Scenario.Budgets}/{budget}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.Factory.ClientFor(s.Tenant, "social-worker").GetAsync(Scenario.Budgets)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.Factory.ClientFor(s.Tenant, "ops").GetAsync(Scenario.Budgets)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Factory.CreateClient().GetAsync(Scenario.Budgets)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<long> CountAsync(string tenant)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM budgets WHERE tenant_id = @t) + (SELECT count(*) FROM outbox_messages WHERE tenant_id = @t)", connection);
        command.Parameters.AddWithValue("t", tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
