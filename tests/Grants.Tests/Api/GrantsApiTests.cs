using System.Net;
using System.Text;
using Npgsql;
using Rete.Contracts.Grants;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

[Collection(GrantsCollection.Name)]
public class GrantsApiTests(GrantsFixture fixture)
{
    [Fact]
    public async Task A_grant_goes_through_every_step_each_with_its_event_and_the_line_follows()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(20_000m);
        var beneficiary = await s.OrganisationAsync("Associazione Progetto Marconi");
        var created = await s.Operator.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(beneficiary, line, 14_000m, totalProjectCost: 25_000m));
        var grant = (await Scenario.CreatedAsync(created)).GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/grants/grants/{grant}");
        var url = $"{Scenario.Grants}/{grant}";

        await OkAsync(s.Operator.PostAsync($"{url}/approve", null));
        await OkAsync(s.Operator.PostJsonAsync($"{url}/amendments", new { kind = "topUp", amount = 6_000m, resolution = new { office = "Circoscrizione 2" }, reason = "integrazione" }));
        await OkAsync(s.Operator.PostJsonAsync($"{url}/disbursements", new { amount = 10_000m, date = "2015-07-01", reference = "mandato 1" }));
        await OkAsync(s.Operator.PostJsonAsync($"{url}/disbursements", new { amount = 10_000m, date = "2015-12-15" }));
        await OkAsync(s.Operator.PostJsonAsync($"{url}/report", new { actualSpend = 24_310.75m, reportedOn = "2016-03-01" }));
        var closed = await OkAsync(s.Operator.PostAsync($"{url}/close", null));

        closed.GetProperty("status").GetString().ShouldBe("closed");
        closed.GetProperty("awarded").GetDecimal().ShouldBe(20_000m);
        closed.GetProperty("initialAward").GetDecimal().ShouldBe(14_000m);
        closed.GetProperty("disbursed").GetDecimal().ShouldBe(20_000m);
        closed.GetProperty("actualSpend").GetDecimal().ShouldBe(24_310.75m);
        closed.GetProperty("amendments").GetArrayLength().ShouldBe(1);
        closed.GetProperty("disbursements").GetArrayLength().ShouldBe(2);
        closed.GetProperty("version").GetInt32().ShouldBe(7);
        var figures = await s.LineFiguresAsync(line);
        figures.GetProperty("awarded").GetDecimal().ShouldBe(20_000m);
        figures.GetProperty("disbursed").GetDecimal().ShouldBe(20_000m);
        figures.GetProperty("available").GetDecimal().ShouldBe(0m);

        (await fixture.Events.WaitForAsync<GrantRecorded>(e => e.GrantId == grant))[0].Version.ShouldBe(1);
        (await fixture.Events.WaitForAsync<GrantApproved>(e => e.GrantId == grant))[0].Awarded.ShouldBe(14_000m);
        (await fixture.Events.WaitForAsync<GrantAmended>(e => e.GrantId == grant))[0].AwardedAfter.ShouldBe(20_000m);
        var paid = await fixture.Events.WaitForAsync<GrantDisbursed>(e => e.GrantId == grant, expected: 2);
        paid.OrderBy(e => e.Version).Select(e => e.Status).ShouldBe(["disbursing", "disbursed"]);
        (await fixture.Events.WaitForAsync<GrantReported>(e => e.GrantId == grant))[0].ActualSpend.ShouldBe(24_310.75m);
        (await fixture.Events.WaitForAsync<GrantClosed>(e => e.GrantId == grant))[0].Version.ShouldBe(7);
    }

    [Fact]
    public async Task Every_broken_rule_answers_409_with_its_code_and_changes_nothing()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(10_000m);
        var beneficiary = await s.OrganisationAsync();
        var grant = await s.ApprovedAsync(beneficiary, line, 8_000m, totalProjectCost: 9_000m);
        var url = $"{Scenario.Grants}/{grant}";
        await OkAsync(s.Operator.PostJsonAsync($"{url}/disbursements", new { amount = 3_000m }));

        await (await s.Operator.PostAsync($"{url}/approve", null)).ShouldBeConflictAsync("grant-not-draft");
        await (await s.Operator.PostJsonAsync($"{url}/disbursements", new { amount = 5_000.01m })).ShouldBeConflictAsync("exceeds-award");
        await (await s.Operator.PostJsonAsync($"{url}/amendments", new { kind = "reduction", amount = 5_000.01m })).ShouldBeConflictAsync("reduction-below-disbursed");
        await (await s.Operator.PostJsonAsync($"{url}/amendments", new { kind = "topUp", amount = 1_000.01m })).ShouldBeConflictAsync("award-exceeds-project-cost");
        await (await s.Operator.PostJsonAsync($"{url}/report", new { actualSpend = 8_000m })).ShouldBeConflictAsync("grant-not-disbursed");
        await (await s.Operator.PostAsync($"{url}/close", null)).ShouldBeConflictAsync("grant-not-reported");
        var other = (await s.RecordAsync(beneficiary, line, 2_000.01m)).GetProperty("id").GetGuid();
        await (await s.Operator.PostAsync($"{Scenario.Grants}/{other}/approve", null)).ShouldBeConflictAsync("insufficient-funds");
        await (await s.Operator.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(beneficiary, await s.LineAsync(5_000m, "stipends"), 1_000m)))
            .ShouldBeConflictAsync("line-not-for-grants");

        var current = await (await s.Operator.GetAsync(url)).ReadJsonAsync();
        current.GetProperty("version").GetInt32().ShouldBe(3);
        current.GetProperty("awarded").GetDecimal().ShouldBe(8_000m);
        current.GetProperty("disbursed").GetDecimal().ShouldBe(3_000m);
        var figures = await s.LineFiguresAsync(line);
        figures.GetProperty("awarded").GetDecimal().ShouldBe(8_000m);
        figures.GetProperty("available").GetDecimal().ShouldBe(2_000m);
    }

    [Fact]
    public async Task Revoking_returns_what_was_not_paid_to_the_line()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(9_400m);
        var grant = await s.ApprovedAsync(await s.OrganisationAsync(), line, 9_400m);
        await OkAsync(s.Operator.PostJsonAsync($"{Scenario.Grants}/{grant}/disbursements", new { amount = 1_000.50m }));

        var revoked = await OkAsync(s.Operator.PostJsonAsync($"{Scenario.Grants}/{grant}/revoke", new { reason = "progetto non avviato" }));

        revoked.GetProperty("status").GetString().ShouldBe("revoked");
        revoked.GetProperty("releasedOnRevocation").GetDecimal().ShouldBe(8_399.50m);
        (await s.LineFiguresAsync(line)).GetProperty("available").GetDecimal().ShouldBe(8_399.50m);
        (await fixture.Events.WaitForAsync<GrantRevoked>(e => e.GrantId == grant))[0].ReleasedAmount.ShouldBe(8_399.50m);
    }

    [Theory]
    [InlineData("""{"awarded":1000.001}""", "awarded")]
    [InlineData("""{"awarded":0}""", "awarded")]
    [InlineData("""{"awarded":5000,"totalProjectCost":4999.99}""", "totalProjectCost")]
    [InlineData("""{"awarded":5000,"yearFrom":null}""", "yearFrom")]
    [InlineData("""{"awarded":5000,"yearFrom":2015,"yearTo":2014}""", "yearTo")]
    [InlineData("""{"awarded":5000,"title":""}""", "title")]
    [InlineData("""{"awarded":5000,"startDate":"2015-03-01","endDate":"2014-03-01","yearFrom":null,"yearTo":null}""", "endDate")]
    public async Task Bad_input_answers_400_per_field_and_writes_nothing(string overrides, string field)
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(10_000m);
        var beneficiary = await s.OrganisationAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Scenario.GrantBody(beneficiary, line, 1m), Http.Json))!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(overrides)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        var response = await s.Operator.PostAsync(Scenario.Grants, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        await response.ShouldBeInvalidAsync(field);
        (await CountAsync(s.Tenant, "grants")).ShouldBe(0);
    }

    [Fact]
    public async Task A_step_with_bad_money_answers_400_and_changes_nothing()
    {
        var s = new Scenario(fixture);
        var grant = await s.ApprovedAsync(await s.OrganisationAsync(), await s.LineAsync(1_000m), 1_000m);
        var url = $"{Scenario.Grants}/{grant}";

        await (await s.Operator.PostAsync($"{url}/disbursements", Json("""{"amount":333.333}"""))).ShouldBeInvalidAsync("amount");
        await (await s.Operator.PostAsync($"{url}/amendments", Json("""{"kind":"topUp","amount":-5}"""))).ShouldBeInvalidAsync("amount");
        await (await s.Operator.PostAsync($"{url}/amendments", Json("""{"amount":5}"""))).ShouldBeInvalidAsync("kind");
        (await s.Operator.PostAsync($"{url}/disbursements", Json("""{"amount":"mille"}"""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await CountAsync(s.Tenant, "grant_disbursements")).ShouldBe(0);
        (await (await s.Operator.GetAsync(url)).ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_if_match_answers_412_and_changes_nothing()
    {
        var s = new Scenario(fixture);
        var grant = await s.ApprovedAsync(await s.OrganisationAsync(), await s.LineAsync(5_000m), 5_000m);
        var url = $"{Scenario.Grants}/{grant}";
        var read = await s.Operator.GetAsync(url);
        read.Headers.ETag!.Tag.ShouldBe("\"2\"");

        (await s.Operator.SendAsync(WithIfMatch($"{url}/disbursements", """{"amount":1000}""", "\"2\""))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await s.Operator.SendAsync(WithIfMatch($"{url}/disbursements", """{"amount":1000}""", "\"2\""));

        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await stale.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("stale-version");
        (await (await s.Operator.GetAsync(url)).ReadJsonAsync()).GetProperty("disbursed").GetDecimal().ShouldBe(1_000m);
    }

    [Fact]
    public async Task Two_approvals_racing_for_the_last_money_on_a_line_cannot_both_win()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(10_000m);
        var beneficiary = await s.OrganisationAsync();
        var grants = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            grants.Add((await s.RecordAsync(beneficiary, line, 4_000m)).GetProperty("id").GetGuid());
        }

        var answers = await Task.WhenAll(grants.Select(g => s.Operator.PostAsync($"{Scenario.Grants}/{g}/approve", null)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(2);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(4);
        var figures = await s.LineFiguresAsync(line);
        figures.GetProperty("awarded").GetDecimal().ShouldBe(8_000m);
        figures.GetProperty("available").GetDecimal().ShouldBe(2_000m);
    }

    [Fact]
    public async Task A_replayed_idempotency_key_records_the_grant_once()
    {
        var s = new Scenario(fixture);
        var body = Scenario.GrantBody(await s.OrganisationAsync(), await s.LineAsync(5_000m), 1_200m);

        var first = await s.Operator.PostJsonAsync(Scenario.Grants, body, idempotencyKey: "delibera-1");
        var replay = await s.Operator.PostJsonAsync(Scenario.Grants, body, idempotencyKey: "delibera-1");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await CountAsync(s.Tenant, "grants")).ShouldBe(1);
    }

    [Fact]
    public async Task A_partner_sees_only_its_own_organisations_grants_and_an_auditor_reads_all_but_changes_nothing()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(20_000m);
        var marconi = await s.OrganisationAsync("Associazione Progetto Marconi");
        var femminile = await s.OrganisationAsync("Associazione Un Progetto al Femminile");
        var own = await s.ApprovedAsync(marconi, line, 3_000m);
        var others = await s.ApprovedAsync(femminile, line, 5_000m);

        var partner = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: marconi));
        var listed = (await (await partner.GetAsync(Scenario.Grants)).ReadJsonAsync()).GetProperty("items");
        listed.EnumerateArray().Select(g => g.GetProperty("id").GetGuid()).ShouldBe([own]);
        (await partner.GetAsync($"{Scenario.Grants}/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partner.GetAsync($"{Scenario.Grants}/{others}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await partner.PostJsonAsync($"{Scenario.Grants}/{own}/disbursements", new { amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var orphan = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["partner"]));
        (await (await orphan.GetAsync(Scenario.Grants)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);

        var auditor = fixture.Factory.ClientFor(s.Tenant, "auditor");
        (await (await auditor.GetAsync(Scenario.Grants)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(2);
        (await auditor.PostAsync($"{Scenario.Grants}/{own}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(marconi, line, 1m))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Factory.ClientFor(s.Tenant, "ops").GetAsync(Scenario.Grants)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lists_filter_by_year_status_and_beneficiary()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(50_000m);
        var a = await s.OrganisationAsync("A");
        var b = await s.OrganisationAsync("B");
        await s.ApprovedAsync(a, line, 1_000m, yearFrom: 2013);
        await s.RecordAsync(b, line, 1_000m, yearFrom: 2014);

        async Task<int> Count(string query) =>
            (await (await s.Operator.GetAsync($"{Scenario.Grants}?{query}")).ReadJsonAsync()).GetProperty("items").GetArrayLength();

        (await Count("year=2013")).ShouldBe(1);
        (await Count("status=draft")).ShouldBe(1);
        (await Count($"beneficiaryId={a}")).ShouldBe(1);
        (await Count($"budgetLineId={line}")).ShouldBe(2);
        await (await s.Operator.GetAsync($"{Scenario.Grants}?status=paid")).ShouldBeInvalidAsync("status");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static HttpRequestMessage WithIfMatch(string url, string json, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static async Task<System.Text.Json.JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<long> CountAsync(string tenant, string table)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE tenant_id = @t", connection);
        command.Parameters.AddWithValue("t", tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
