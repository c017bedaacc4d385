using System.Net;
using System.Net.Http.Headers;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Indicators.Tests;

[Collection(IndicatorsCollection.Name)]
public class ApiTests(IndicatorsFixture fixture)
{
    [Theory]
    [InlineData("/funding?year=abc", "year")]
    [InlineData("/funding?year=1850", "year")]
    [InlineData("/placements?mandate=2010-2006", "mandate")]
    [InlineData("/placements?mandate=2006", "mandate")]
    [InlineData("/projects?from=2023-02-30", "from")]
    [InlineData("/projects?from=2023-05-01&to=2023-01-01", "to")]
    [InlineData("/projects?year=2023&from=2023-01-01", "period")]
    [InlineData("/organisations?municipality=Trecate", "municipality")]
    [InlineData("/organisations?format=xml", "format")]
    public async Task Bad_parameters_answer_400_in_italian_for_the_field(string path, string field)
    {
        var s = new Scenario(fixture);
        var response = await s.Reader.GetAsync(Scenario.Api + path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Richiesta non valida");
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Without_a_token_401_and_ops_sees_no_figures()
    {
        var s = new Scenario(fixture);
        (await fixture.Factory.CreateClient().GetAsync(Scenario.Api + "/funding")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fixture.Factory.ClientFor(s.Tenant, "ops").GetAsync(Scenario.Api + "/funding")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Factory.ClientFor(s.Tenant, "partner").GetAsync(Scenario.Api + "/organisations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_tenant_never_sees_another_tenants_figures()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(SeedEvents.Torino(s.Tenant));
        var other = new Scenario(fixture);

        var figures = await other.GetAsync("/funding");
        figures.GetProperty("totals").GetProperty("grants").GetInt32().ShouldBe(0);
        (await other.GetAsync("/organisations")).GetProperty("active").GetInt32().ShouldBe(0);
        (await other.GetAsync("/status")).GetProperty("events").GetInt32().ShouldBe(0);

        // Underneath the query filter, row-level security: the application role set to the other tenant sees no row.
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        (await ScalarAsync(connection, "SELECT count(*) FROM grants")).ShouldBeGreaterThan(0);
        await ScalarAsync(connection, $"SET ROLE rete_app; SELECT set_config('rete.tenant_id', '{other.Tenant}', false)");
        (await ScalarAsync(connection, "SELECT count(*) FROM grants")).ShouldBe(0);
        (await ScalarAsync(connection, "SELECT count(*) FROM recorded_events")).ShouldBe(0);
    }

    private static async Task<long> ScalarAsync(Npgsql.NpgsqlConnection connection, string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long n ? n : 0;
    }

    [Fact]
    public async Task A_token_for_some_municipalities_sees_only_their_organisations()
    {
        var s = new Scenario(fixture);
        await s.SendAsync([
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, Guid.CreateVersion7(), 1, "Sportello di Cerano", "jobDesk", null, "003036", null, "active", null),
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, Guid.CreateVersion7(), 1, "Sportello di Trecate", "jobDesk", null, "003149", null, "active", null),
        ]);
        var cerano = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["operator"], municipalities: ["003036"]));

        (await s.GetAsync("/organisations", cerano)).GetProperty("active").GetInt32().ShouldBe(1);
        (await s.GetAsync("/organisations")).GetProperty("active").GetInt32().ShouldBe(2);
        (await cerano.GetAsync(Scenario.Api + "/organisations?municipality=003149")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Csv_is_chosen_by_the_accept_header_too()
    {
        var s = new Scenario(fixture);
        var request = new HttpRequestMessage(HttpMethod.Get, Scenario.Api + "/projects?year=2023");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await s.Reader.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Indicatore,Dettaglio,Valore");
        response.Headers.CacheControl?.NoStore.ShouldBe(true);
    }
}
