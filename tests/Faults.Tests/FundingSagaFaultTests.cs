using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using Rete.Contracts.Referrals;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults;
using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.Faults.Tests;

/// <summary>
/// The placement funding saga while its two services are killed: Placements and Grants run as real processes, each
/// is killed outright in the middle of a burst of proposals and started again. Every placement must end funded
/// exactly once or refused, and the line must hold exactly what the funded ones reserved.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class FundingSagaFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Proposals = 30;
    private const int Fit = 20;
    private const decimal Each = 1_200m;
    private readonly ServiceProcess grants = new(ReteResources.Grants, ReteResources.GrantsDb, Path.Combine("services", "Grants"));
    private readonly ServiceProcess placements = new(ReteResources.Placements, ReteResources.PlacementsDb, Path.Combine("services", "Placements"));
    private EventPublisher publisher = null!;

    public async Task InitializeAsync()
    {
        publisher = await EventPublisher.StartAsync();
        await Task.WhenAll(grants.StartAsync(), placements.StartAsync());
    }

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await placements.DisposeAsync();
        await grants.DisposeAsync();
    }

    [Fact]
    public async Task Killing_Grants_and_Placements_mid_saga_funds_each_placement_once_or_refuses_it()
    {
        var tenant = TestTenants.Next();
        using var grantsAdmin = Client(grants, tenant, "consortium-admin");
        using var operatorClient = Client(placements, tenant, "operator");
        var (promoting, host) = (await OrganisationAsync(tenant, grantsAdmin), await OrganisationAsync(tenant, grantsAdmin));
        var line = await StipendLineAsync(grantsAdmin, Fit * Each);
        var people = Enumerable.Range(0, Proposals).Select(_ => Guid.NewGuid()).ToList();
        var consents = people.Select(person => new ConsentGiven(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, Guid.NewGuid(), person, 1,
            "placement", [host], new DateOnly(2024, 1, 1), null)).ToList();
        await KnownToPlacementsAsync("known_consents", consents.Select(c => c.ConsentId), async () =>
        {
            foreach (var consent in consents)
            {
                await publisher.PublishAsync(consent);
            }
        });

        // Proposals go in while Grants is killed and restarted, then Placements is.
        var proposing = Task.WhenAll(people.Select(async (person, i) =>
        {
            await Task.Delay(i * 40);
            return await ProposeAsync(operatorClient, person, promoting, host, line);
        }));
        await Task.Delay(300);
        await grants.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await grants.StartAsync();
        var ids = await proposing;
        await placements.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await placements.StartAsync();

        var decided = await DecidedAsync(tenant, ids);
        output.WriteLine($"funded {decided.Funded}, refused {decided.Refused}, reservations {decided.Reservations}, reserved {decided.Reserved}");
        decided.Funded.ShouldBe(Fit, placements.Log);
        decided.Refused.ShouldBe(Proposals - Fit);
        decided.Reservations.ShouldBe(Fit, "one reservation per funded placement, none for a refused one");
        decided.Reserved.ShouldBe(Fit * Each);
        decided.UnmatchedReservations.ShouldBe(0);
    }

    private static async Task<Guid> ProposeAsync(HttpClient client, Guid person, Guid promoting, Guid host, Guid line)
    {
        var body = new
        {
            personId = person, kind = "training", promotingOrganisationId = promoting, hostOrganisationId = host, budgetLineId = line,
            monthlyStipend = 400m, durationMonths = 3, plannedStart = "2025-03-03", weeklyHours = 20m, tutor = "Referente",
        };
        var key = Guid.NewGuid().ToString();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            // The consent and the organisations arrive as events; until they do, the proposal is refused (400/409).
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/placements/placements") { Content = JsonContent(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }

    /// <summary>Waits until Placements holds an answer for every placement; counts them and Grants' reservations.</summary>
    private async Task<(int Funded, int Refused, long Reservations, decimal Reserved, long UnmatchedReservations)> DecidedAsync(
        string tenant, Guid[] all)
    {
        all.Distinct().Count().ShouldBe(Proposals);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        (int Funded, int Refused) counts;
        do
        {
            await Task.Delay(500);
            await using var connection = await placements.OpenOwnerConnectionAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FILTER (WHERE status = 'Funded'), count(*) FILTER (WHERE status = 'Proposed' AND funding_refusal IS NOT NULL) " +
                "FROM placements WHERE tenant_id = @t AND id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("t", tenant);
            command.Parameters.AddWithValue("ids", all);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            counts = ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
        }
        while (counts.Funded + counts.Refused < Proposals && DateTime.UtcNow < deadline);

        await Task.Delay(1_000); // room for a late duplicate
        await using var grantsDb = await grants.OpenOwnerConnectionAsync();
        await using var reservations = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE status <> 'Refused'), coalesce(sum(amount) FILTER (WHERE status <> 'Refused'), 0), " +
            "count(*) FILTER (WHERE NOT (id = ANY(@ids))) FROM stipend_reservations WHERE tenant_id = @t",
            grantsDb);
        reservations.Parameters.AddWithValue("t", tenant);
        reservations.Parameters.AddWithValue("ids", all);
        await using var r = await reservations.ExecuteReaderAsync();
        await r.ReadAsync();
        return (counts.Funded, counts.Refused, r.GetInt64(0), r.GetDecimal(1), r.GetInt64(2));
    }

    private async Task<Guid> OrganisationAsync(string tenant, HttpClient grantsClient)
    {
        var id = Guid.CreateVersion7();
        var registered = new OrganisationRegistered(
            Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, id, 1, "Organizzazione", "association", null, "003149", "2", "active", null);
        await KnownToPlacementsAsync("known_organisations", [id], () => publisher.PublishAsync(registered));
        await Eventually.TrueAsync(async () => (await grantsClient.GetAsync($"/api/grants/organisations/{id}")).IsSuccessStatusCode, seconds: 30);
        return id;
    }

    /// <summary>
    /// Publishes until Placements' read model holds every id: a service that has just started may not have bound its
    /// queues yet, and an event published before that reaches no one (the inbox makes a second copy harmless).
    /// </summary>
    private async Task KnownToPlacementsAsync(string table, IEnumerable<Guid> ids, Func<Task> publish)
    {
        var wanted = ids.ToArray();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await publish();
            for (var i = 0; i < 10; i++)
            {
                await Task.Delay(200);
                await using var connection = await placements.OpenOwnerConnectionAsync();
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE id = ANY(@ids)", connection);
                count.Parameters.AddWithValue("ids", wanted);
                if ((long)(await count.ExecuteScalarAsync())! == wanted.Length)
                {
                    return;
                }
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"Placements did not learn every row of {table}:\n{placements.Log}");
        }
    }

    private static async Task<Guid> StipendLineAsync(HttpClient client, decimal amount)
    {
        using var response = await client.PostAsync("/api/grants/budgets", JsonContent(new
        {
            year = 2025, source = "municipalFunds", lines = new[] { new { kind = "stipends", name = "Borse lavoro", amount } },
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("lines")[0].GetProperty("id").GetGuid();
    }

    private static HttpClient Client(ServiceProcess service, string tenant, string role)
    {
        var client = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(tenant, role));
        return client;
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, Http.Json), System.Text.Encoding.UTF8, "application/json");
}
