extern alias seeds;
using System.Text.Json;
using Rete.Contracts.Registry;
using Rete.Testing;
using seeds::Rete.Seeds;

namespace Rete.Grants.Tests.Api;

/// <summary>
/// The District 2 chronology (seeds/data/torino.grants.json) loaded by the seeder's own loader into an in-process Grants,
/// after the Registry's events for its beneficiaries: the report's per-mandate sums are what the loaded lines add up to.
/// </summary>
[Collection(GrantsCollection.Name)]
public class SeedChronologyTests(GrantsFixture fixture)
{
    [Fact]
    public async Task The_district_2_chronology_loads_through_the_api_and_its_mandates_add_up()
    {
        var s = new Scenario(fixture);
        var registryFile = Path.Combine(SeedData, "torino.json");
        var registry = SeedFileReader.Read(registryFile);
        var chronology = GrantsSeedFileReader.ReadBeside(registryFile, registry)!;
        var organisationIds = await RegisterBeneficiariesAsync(s.Tenant, registry, chronology);

        var summary = await LoadAsync(s.Tenant, chronology, organisationIds);

        summary.Grants.ShouldBe(18);
        summary.Amendments.ShouldBe(1);
        var first = await MandateAsync(s, 2006, 2010);
        first.GetProperty("grants").GetInt32().ShouldBe(5);
        first.GetProperty("awarded").GetDecimal().ShouldBe(53_300.00m);
        first.GetProperty("totalProjectCost").GetDecimal().ShouldBe(236_066.00m);
        first.GetProperty("spending").GetDecimal().ShouldBe(245_466.00m);
        first.GetProperty("total").GetDecimal().ShouldBe(245_466.00m);
        var second = await MandateAsync(s, 2011, 2016);
        second.GetProperty("grants").GetInt32().ShouldBe(10);
        second.GetProperty("spending").GetDecimal().ShouldBe(89_414.00m);
        second.GetProperty("awarded").GetDecimal().ShouldBe(89_414.00m);

        var years = (await (await s.Admin.GetAsync($"{Scenario.Reports}/by-year")).ReadJsonAsync()).EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32());
        years[2003].GetProperty("awarded").GetDecimal().ShouldBe(6_000.00m);
        years[2003].GetProperty("stipendsReserved").GetDecimal().ShouldBe(35_280.00m);
        years[2004].GetProperty("totalProjectCost").GetDecimal().ShouldBe(50_800.00m);
        years[2015].GetProperty("awarded").GetDecimal().ShouldBe(30_989.00m);
        years[2015].GetProperty("available").GetDecimal().ShouldBe(0m);

        var marconi = organisationIds["progetto-marconi"];
        var grants = (await (await s.Admin.GetAsync($"{Scenario.Grants}?year=2015&beneficiaryId={marconi}")).ReadJsonAsync()).GetProperty("items");
        var colLabora = grants.EnumerateArray().Single();
        colLabora.GetProperty("initialAward").GetDecimal().ShouldBe(14_000.00m);
        colLabora.GetProperty("awarded").GetDecimal().ShouldBe(22_000.00m);
        colLabora.GetProperty("amendments")[0].GetProperty("kind").GetString().ShouldBe("topUp");
    }

    [Fact]
    public async Task Loading_the_chronology_twice_changes_nothing()
    {
        var s = new Scenario(fixture);
        var registryFile = Path.Combine(SeedData, "torino.json");
        var registry = SeedFileReader.Read(registryFile);
        var chronology = GrantsSeedFileReader.ReadBeside(registryFile, registry)!;
        var organisationIds = await RegisterBeneficiariesAsync(s.Tenant, registry, chronology);

        await LoadAsync(s.Tenant, chronology, organisationIds);
        var before = await (await s.Admin.GetAsync($"{Scenario.Reports}/by-year")).Content.ReadAsStringAsync();
        await LoadAsync(s.Tenant, chronology, organisationIds);

        (await (await s.Admin.GetAsync($"{Scenario.Reports}/by-year")).Content.ReadAsStringAsync()).ShouldBe(before);
        (await (await s.Admin.GetAsync($"{Scenario.Grants}?limit=200")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(18);
    }

    /// <summary>What the Registry publishes while it loads torino.json, for the organisations the chronology pays.</summary>
    private async Task<Dictionary<string, string>> RegisterBeneficiariesAsync(string tenant, SeedFile registry, GrantsSeedFile chronology)
    {
        var ids = new Dictionary<string, string>();
        foreach (var key in chronology.Grants.Select(g => g.Beneficiary).Distinct())
        {
            var organisation = registry.Organisations.Single(o => o.Key == key);
            var id = Guid.CreateVersion7();
            await fixture.PublishAsync(new OrganisationRegistered(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, id, 1, organisation.Name,
                organisation.Kind, organisation.TaxCode, organisation.MunicipalityIstat, organisation.District, "active", null));
            ids[key] = id.ToString();
        }

        return ids;
    }

    private Task<GrantsSummary> LoadAsync(string tenant, GrantsSeedFile chronology, Dictionary<string, string> organisationIds)
    {
        var http = fixture.Factory.CreateClient();
        var api = new GrantsClient(http, new Uri(http.BaseAddress!, "/api/grants/"), Tokens.For(tenant, "consortium-admin"), TextWriter.Null);
        return new GrantsLoader(api).LoadAsync(chronology, organisationIds, CancellationToken.None);
    }

    private static async Task<JsonElement> MandateAsync(Scenario s, int from, int to) =>
        (await (await s.Admin.GetAsync($"{Scenario.Reports}/mandate?from={from}&to={to}")).ReadJsonAsync()).GetProperty("totals");

    private static string SeedData
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Rete.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds", "data");
                }
            }

            throw new DirectoryNotFoundException("The repository (Rete.sln) is not above the test's output folder.");
        }
    }
}
