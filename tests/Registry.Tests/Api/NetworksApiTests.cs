using System.Net;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

[Collection(RegistryCollection.Name)]
public class NetworksApiTests(RegistryFixture fixture)
{
    private readonly RegistryFactory factory = fixture.Factory;

    [Fact]
    public async Task A_district_table_gets_core_and_extended_members_and_a_meeting_with_attendance()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var esserci = await RegisterAsync(client, "Coop. Esserci", "socialCooperative");
        var acli = await RegisterAsync(client, "ACLI", "association");

        var created = await client.PostJsonAsync("/api/registry/networks",
            new { name = "Tavolo Lavoro Circoscrizione 2", scope = "district", district = "2", municipalityIstat = "001272" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var network = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var url = $"/api/registry/networks/{network}";

        (await client.PostJsonAsync($"{url}/members", new { organisationId = esserci, membership = "core", role = "gestione progetto Aladino" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{url}/members", new { organisationId = acli, membership = "extended" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var twice = await client.PostJsonAsync($"{url}/members", new { organisationId = acli, membership = "core" });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("already-member");

        var table = await (await client.GetAsync(url)).ReadJsonAsync();
        table.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("membership").GetString()).ShouldBe(["core", "extended"]);
        table.GetProperty("version").GetInt32().ShouldBe(3);

        var meeting = await client.PostJsonAsync($"{url}/meetings", new
        {
            date = "2024-02-29",
            startTime = "09:00",
            endTime = "13:00",
            place = "via Braccini 2, Torino",
            agenda = new[] { "Dati del lavoro di rete", "Gruppi di lavoro" },
            attendance = new object[] { new { organisationId = esserci, people = 2 }, new { organisationName = "Realtà non registrata", people = 3 } },
            decisions = new[] { "Momenti di confronto congiunti" },
        });
        meeting.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await meeting.ReadJsonAsync()).GetProperty("peoplePresent").GetInt32().ShouldBe(5);

        var meetings = await (await client.GetAsync($"{url}/meetings")).ReadJsonAsync();
        meetings.GetArrayLength().ShouldBe(1);
        meetings[0].GetProperty("startTime").GetString().ShouldBe("09:00:00");

        (await client.DeleteAsync($"{url}/members/{acli}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await fixture.Events.WaitForAsync<NetworkTableCreated>(e => e.NetworkId == network);
        await fixture.Events.WaitForAsync<NetworkMemberAdded>(e => e.NetworkId == network, expected: 2);
        (await fixture.Events.WaitForAsync<MeetingRecorded>(e => e.NetworkId == network))[0].PeoplePresent.ShouldBe(5);
        (await fixture.Events.WaitForAsync<NetworkMemberRemoved>(e => e.NetworkId == network))[0].Version.ShouldBe(4);
    }

    [Fact]
    public async Task Meetings_with_bad_times_or_unknown_organisations_are_refused()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var network = (await (await client.PostJsonAsync("/api/registry/networks", new { name = "Tavolo", scope = "consortium" })).ReadJsonAsync())
            .GetProperty("id").GetGuid();

        var backwards = await client.PostJsonAsync($"/api/registry/networks/{network}/meetings", new { date = "2024-02-29", startTime = "13:00", endTime = "09:00" });
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unknown = await client.PostJsonAsync($"/api/registry/networks/{network}/meetings",
            new { date = "2024-02-29", attendance = new[] { new { organisationId = Guid.NewGuid(), people = 1 } } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var noDistrict = await client.PostJsonAsync("/api/registry/networks", new { name = "Tavolo", scope = "district" });
        noDistrict.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_consortium_profile_names_its_lead_among_its_members()
    {
        var tenant = RegistryFixture.NewTenant();
        var admin = factory.ClientFor(tenant, "consortium-admin");
        (await admin.GetAsync("/api/registry/consortium")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var members = new[] { new { istatCode = "003149", name = "Trecate", population = 20000 }, new { istatCode = "003049", name = "Cerano", population = 6800 } };
        var set = await admin.PutJsonAsync("/api/registry/consortium", new { name = "Convenzione Sportelli per il Lavoro", leadMunicipalityIstat = "003149", members });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await set.ReadJsonAsync()).GetProperty("totalPopulation").GetInt64().ShouldBe(26800);

        var wrongLead = await admin.PutJsonAsync("/api/registry/consortium", new { name = "X", leadMunicipalityIstat = "001272", members });
        wrongLead.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.ClientFor(tenant, "operator").PutJsonAsync("/api/registry/consortium", new { name = "X", leadMunicipalityIstat = "003149", members }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Events.WaitForAsync<ConsortiumProfileUpdated>(e => e.TenantId == tenant))[0].Members.Count.ShouldBe(2);
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, string name, string kind) =>
        (await (await client.PostJsonAsync(Organisations.Url, Organisations.Body(name, kind))).ReadJsonAsync()).GetProperty("id").GetGuid();
}
