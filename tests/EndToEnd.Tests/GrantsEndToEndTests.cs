using System.Net;
using System.Text.Json;
using Rete.Testing;

using static Rete.EndToEnd.Tests.Answers;

namespace Rete.EndToEnd.Tests;

/// <summary>The District 2 chronology that the seeder loaded into Grants, read through the gateway.</summary>
[Collection(ReteSystemCollection.Name)]
public class GrantsEndToEndTests
{
    private const string Reports = "/api/grants/reports";

    [Fact]
    public async Task The_seeded_district_2_chronology_adds_up_per_mandate()
    {
        using var client = Gateway.As("torino", "auditor");

        var first = await MandateAsync(client, 2006, 2010);
        first.GetProperty("grants").GetInt32().ShouldBe(5);
        first.GetProperty("spending").GetDecimal().ShouldBe(245_466.00m);
        first.GetProperty("awarded").GetDecimal().ShouldBe(53_300.00m);
        var second = await MandateAsync(client, 2011, 2016);
        second.GetProperty("grants").GetInt32().ShouldBe(10);
        second.GetProperty("spending").GetDecimal().ShouldBe(89_414.00m);

        var years = await JsonAsync(client, $"{Reports}/by-year");
        var y2003 = years.EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2003);
        y2003.GetProperty("stipendsReserved").GetDecimal().ShouldBe(35_280.00m);
        var colLabora = (await JsonAsync(client, "/api/grants/grants?year=2015&limit=50")).GetProperty("items").EnumerateArray()
            .Single(g => g.GetProperty("amendments").GetArrayLength() == 1);
        colLabora.GetProperty("awarded").GetDecimal().ShouldBe(22_000.00m);
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_the_chronology()
    {
        using var torino = Gateway.As("torino", "consortium-admin");
        var torinoBudgets = Ids(await JsonAsync(torino, "/api/grants/budgets?limit=200"));
        var torinoGrants = Ids(await JsonAsync(torino, "/api/grants/grants?limit=200"));
        torinoBudgets.ShouldNotBeEmpty();
        torinoGrants.ShouldNotBeEmpty();
        foreach (var tenant in new[] { "trecate", "zona-ovest" })
        {
            using var client = Gateway.As(tenant, "consortium-admin");
            (await MandateAsync(client, 2003, 2016)).GetProperty("grants").GetInt32().ShouldBe(0, tenant);
            // Browser tests give these tenants budgets and grants of their own; none of Torino's may be among them.
            Ids(await JsonAsync(client, "/api/grants/grants?limit=200")).Intersect(torinoGrants).ShouldBeEmpty(tenant);
            Ids(await JsonAsync(client, "/api/grants/budgets?limit=200")).Intersect(torinoBudgets).ShouldBeEmpty(tenant);
            (await JsonAsync(client, $"{Reports}/transparency")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("grantId").GetGuid()).Intersect(torinoGrants).ShouldBeEmpty(tenant);
        }
    }

    [Fact]
    public async Task The_transparency_export_comes_as_csv_without_any_stipend()
    {
        using var client = Gateway.As("torino", "operator");
        var response = await client.GetAsync($"{Reports}/transparency?format=csv&year=2015");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("2015,", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(3);
        rows.ShouldContain(r => r.Contains("Associazione Progetto Marconi,", StringComparison.Ordinal) && r.Contains(",22000.00,", StringComparison.Ordinal));
        rows.ShouldAllBe(r => !r.Contains("Borse lavoro", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> MandateAsync(HttpClient client, int from, int to) =>
        (await JsonAsync(client, $"{Reports}/mandate?from={from}&to={to}")).GetProperty("totals");

    private static List<Guid> Ids(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
