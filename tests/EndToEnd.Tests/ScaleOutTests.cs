using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Npgsql;
using Rete.ServiceDefaults;
using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// Two replicas of Registry and of Grants share their databases and queues. Writes go through the gateway while a
/// replica of each is stopped and started again; what is counted is the effect: every registration in Grants' read
/// model exactly once, and no budget line reserved beyond its amount however many replicas decide at once.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    private static ReteSystem System => ReteSystem.Current;

    [Fact]
    public async Task Registrations_through_two_replicas_with_one_of_each_stopped_mid_stream_reach_grants_exactly_once()
    {
        var registry = await System.App.HealthyReplicasAsync(ReteResources.Registry, ReteSystem.Replicas);
        var grants = await System.App.HealthyReplicasAsync(ReteResources.Grants, ReteSystem.Replicas);
        var tenant = TestTenants.Next();
        using var client = Gateway.As(tenant, "operator");
        using var stop = new CancellationTokenSource();
        var stream = Writers.StreamAsync(client, writers: 4, TimeSpan.FromMilliseconds(20), stop.Token, max: 2000);

        await Task.Delay(TimeSpan.FromSeconds(2));
        await Task.WhenAll(System.App.StopReplicaAsync(ReteResources.Registry, registry[0]), System.App.StopReplicaAsync(ReteResources.Grants, grants[0]));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Task.WhenAll(System.App.StartReplicaAsync(ReteResources.Registry, registry[0]), System.App.StartReplicaAsync(ReteResources.Grants, grants[0]));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        var result = await stream;

        // A request in flight to the replica being stopped may be answered 502 or cut: the client did not learn its
        // outcome, so what the Registry holds is the reference, and every 201 must be in it.
        result.Others.Select(o => o.Status).ShouldAllBe(s => s == HttpStatusCode.BadGateway || s == HttpStatusCode.ServiceUnavailable);
        var registered = await RegisteredAsync(tenant);
        registered.IsSupersetOf(result.Created).ShouldBeTrue();
        registered.Count.ShouldBeGreaterThan(50);

        var seen = await GrantsReadModelAsync(tenant);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!registered.SetEquals(seen.Organisations) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            seen = await GrantsReadModelAsync(tenant);
        }
        await Task.Delay(1000); // room for a late duplicate
        seen = await GrantsReadModelAsync(tenant);
        output.WriteLine($"registered {registered.Count} ({result.Created.Count} answered 201, {result.Others.Count} 5xx, {result.TransportErrors.Count} cut); read model {seen.Organisations.Count}; inbox {seen.InboxRows}");
        seen.Organisations.ShouldBe(registered, ignoreOrder: true);
        seen.InboxRows.ShouldBe(registered.Count, "one inbox row per OrganisationRegistered");
    }

    [Fact]
    public async Task Reservations_decided_at_once_by_two_grants_replicas_never_exceed_the_line()
    {
        await System.App.HealthyReplicasAsync(ReteResources.Grants, ReteSystem.Replicas);
        var tenant = TestTenants.Next();
        using var admin = Gateway.As(tenant, "consortium-admin");
        var budget = await admin.PostJsonAsync("/api/grants/budgets", new
        {
            year = 2026,
            source = "municipalFunds",
            lines = new[] { new { kind = "stipends", name = "Borse lavoro", amount = 10_000.00m } },
        });
        budget.StatusCode.ShouldBe(HttpStatusCode.Created, await budget.Content.ReadAsStringAsync());
        var line = (await budget.ReadJsonAsync()).GetProperty("lines")[0].GetProperty("id").GetGuid();

        // Each request on its own connection, so the replicas' proxy spreads them.
        var answers = new ConcurrentBag<HttpStatusCode>();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var client = Gateway.As(tenant, "operator");
            using var response = await client.PostJsonAsync("/api/grants/reservations", new { budgetLineId = line, months = 2, monthlyAmount = 250.00m });
            answers.Add(response.StatusCode);
        }));

        answers.ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        answers.Count(s => s == HttpStatusCode.Created).ShouldBe(20);
        var lines = (await (await admin.GetAsync("/api/grants/budgets?limit=200")).ReadJsonAsync()).GetProperty("items")
            .EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray());
        lines.Single(l => l.GetProperty("id").GetGuid() == line).GetProperty("reserved").GetDecimal().ShouldBe(10_000.00m);
    }

    private static async Task<HashSet<Guid>> RegisteredAsync(string tenant)
    {
        await using var connection = new NpgsqlConnection(System.RegistryDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM organisations WHERE tenant_id = @t", connection);
        command.Parameters.AddWithValue("t", tenant);
        return [.. await ReadGuidsAsync(command)];
    }

    private static async Task<(List<Guid> Organisations, long InboxRows)> GrantsReadModelAsync(string tenant)
    {
        await using var connection = new NpgsqlConnection(System.GrantsDatabase);
        await connection.OpenAsync();
        await using var rows = new NpgsqlCommand("SELECT id FROM organisations WHERE tenant_id = @t", connection);
        rows.Parameters.AddWithValue("t", tenant);
        var organisations = await ReadGuidsAsync(rows);

        await using var registry = new NpgsqlConnection(System.RegistryDatabase);
        await registry.OpenAsync();
        return (organisations, await RegistrationsInbox.RowsAsync(connection, registry, tenant));
    }

    private static async Task<List<Guid>> ReadGuidsAsync(NpgsqlCommand command)
    {
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
