using System.Net;
using System.Text.Json;
using Rete.Testing;

namespace Rete.EndToEnd.Tests;

/// <summary>The seeded network, driven through the gateway of the system the AppHost runs (ReteSystem).</summary>
[Collection(ReteSystemCollection.Name)]
public class RegistryEndToEndTests
{
    private const string Organisations = "/api/registry/organisations";

    [Fact]
    public async Task Without_a_token_the_gateway_answers_401_problem_details()
    {
        using var client = Gateway.Anonymous();
        var response = await client.GetAsync(Organisations);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Contains("X-Correlation-Id").ShouldBeTrue();
    }

    [Fact]
    public async Task A_role_that_may_not_write_gets_403_and_ops_sees_no_business_data()
    {
        using var auditor = Gateway.As("trecate", "auditor");
        (await auditor.PostJsonAsync(Organisations, new { name = "Tentativo", kind = "company" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var ops = Gateway.As("trecate", "ops");
        (await ops.GetAsync(Organisations)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_seeded_trecate_convenzione_is_visible_to_its_tenant()
    {
        using var client = Gateway.As("trecate", "operator");
        var desks = await NamesAsync(client, $"{Organisations}?kind=jobDesk");
        desks.ShouldBe(["Sportello Lavoro di Cerano", "Sportello Lavoro di Romentino", "Sportello Lavoro di Trecate", "Sportello Lavoro di Vespolate"]);

        var consortium = await (await client.GetAsync("/api/registry/consortium")).ReadJsonAsync();
        consortium.GetProperty("leadMunicipalityIstat").GetString().ShouldBe("003149");
        consortium.GetProperty("members").GetArrayLength().ShouldBe(10);

        (await NamesAsync(client, "/api/registry/accredited-operators")).ShouldBe(["Convenzione Sportelli per il Lavoro"]);
    }

    [Fact]
    public async Task Turin_district_2_table_and_the_29_february_2024_meeting_are_seeded()
    {
        using var client = Gateway.As("torino", "social-worker");
        var networks = (await (await client.GetAsync("/api/registry/networks?limit=50")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var district2 = networks.Single(n => n.GetProperty("scope").GetString() == "district" && n.GetProperty("district").GetString() == "2");
        var members = district2.GetProperty("members").EnumerateArray().ToList();
        members.Count(m => m.GetProperty("membership").GetString() == "core").ShouldBeGreaterThan(0);
        members.Count(m => m.GetProperty("membership").GetString() == "extended").ShouldBeGreaterThan(members.Count / 2);
        networks.Count(n => n.GetProperty("scope").GetString() == "district").ShouldBe(6);

        var meetings = networks.SelectMany(n => MeetingsAsync(client, n.GetProperty("id").GetGuid()).Result).ToList();
        meetings.ShouldContain(m => m.GetProperty("date").GetString() == "2024-02-29" && m.GetProperty("place").GetString()!.Contains("Braccini"));
    }

    [Fact]
    public async Task Another_tenant_never_sees_the_seeded_network()
    {
        using var zonaOvest = Gateway.As("zona-ovest", "consortium-admin");
        (await NamesAsync(zonaOvest, $"{Organisations}?q=trecate")).ShouldBeEmpty();
        (await NamesAsync(zonaOvest, $"{Organisations}?kind=jobDesk")).ShouldBeEmpty();
        (await NamesAsync(zonaOvest, "/api/registry/accredited-operators")).ShouldBe(["Zona Ovest di Torino srl"]);

        using var newcomer = Gateway.As(TestTenants.Next(), "consortium-admin");
        (await NamesAsync(newcomer, $"{Organisations}?limit=200")).ShouldBeEmpty();
        (await newcomer.GetAsync("/api/registry/consortium")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var unregistered = Gateway.As("nessuno", "consortium-admin");
        (await unregistered.GetAsync(Organisations)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_change_through_the_gateway_is_read_back_with_its_version()
    {
        using var client = Gateway.As("trecate", "operator");
        var created = await client.PostJsonAsync(Organisations,
            new { name = $"Azienda ospitante {Guid.NewGuid():N}", kind = "company", municipalityIstat = "003049", areas = new[] { "placements" } },
            idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var read = await client.GetAsync(created.Headers.Location);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.ShouldBe("\"1\"");
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).Order().ToList();
    }

    private static async Task<List<JsonElement>> MeetingsAsync(HttpClient client, Guid network) =>
        (await (await client.GetAsync($"/api/registry/networks/{network}/meetings")).ReadJsonAsync()).EnumerateArray().ToList();
}
