using System.Collections.Concurrent;
using System.Net;
using Npgsql;
using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.Faults.Tests;

/// <summary>PostgreSQL restarts while the Registry takes writes: clean failures, no half-written state, recovery without a restart.</summary>
[Collection(FaultsCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RegistryFactory registry = new();

    public Task InitializeAsync()
    {
        registry.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // Connections pooled in this process before the restart are dead: let the factory's cleanup open fresh ones.
        NpgsqlConnection.ClearAllPools();
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task A_database_restart_under_load_fails_requests_cleanly_keeps_every_201_whole_and_recovers()
    {
        var tenant = TestTenants.Next();
        using var client = registry.ClientFor(tenant, "operator");
        using var probe = registry.CreateClient();
        var health = new ConcurrentQueue<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var polling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await probe.GetAsync("/health");
                health.Enqueue(response.StatusCode);
                await Task.Delay(50);
            }
        });
        var stream = Writers.StreamAsync(client, writers: 4, TimeSpan.FromMilliseconds(10), stop.Token, max: 5000);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await Infrastructure.RestartPostgresAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        var result = await stream;
        await polling;

        output.WriteLine($"201: {result.Created.Count}; others: " +
            string.Join(", ", result.Others.GroupBy(o => o.Status).Select(g => $"{(int)g.Key} x{g.Count()}")) +
            $"; health: {string.Join(",", health.Select(h => (int)h).Distinct())}");

        // Requests in flight fail as 503 problem details, never a 500, never a stack trace.
        result.TransportErrors.ShouldBeEmpty();
        foreach (var (status, body) in result.Others)
        {
            status.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
            body.ShouldContain("\"status\":503");
            body.ShouldNotContain("   at ");
            body.ShouldNotContain("Exception");
        }

        // /health saw the database go, and sees it back.
        health.ShouldContain(HttpStatusCode.ServiceUnavailable);
        (await WaitHealthyAsync(probe)).ShouldBeTrue("/health did not turn healthy again");

        // The service resumes without a restart.
        using (var after = await client.PostJsonAsync(Writers.Organisations, Writers.Body("Dopo il riavvio")))
        {
            after.StatusCode.ShouldBe(HttpStatusCode.Created);
            result.Created.Add((await after.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        // Every 201 is in the database with its event in the outbox; nothing else is.
        var (organisations, outbox) = await StoredAsync(tenant);
        var created = result.Created.ToHashSet();
        organisations.ToHashSet().SetEquals(created).ShouldBeTrue($"{created.Count} answered 201, {organisations.Count} stored");
        outbox.Count.ShouldBe(organisations.Count);
        outbox.ToHashSet().SetEquals(created).ShouldBeTrue();
    }

    private static async Task<bool> WaitHealthyAsync(HttpClient probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await probe.GetAsync("/health");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private async Task<(List<Guid> Organisations, List<Guid> Outbox)> StoredAsync(string tenant)
    {
        await using var connection = await registry.OpenOwnerConnectionAsync();
        var organisations = new List<Guid>();
        await using (var command = new NpgsqlCommand("SELECT id FROM organisations WHERE tenant_id = @t", connection))
        {
            command.Parameters.AddWithValue("t", tenant);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                organisations.Add(reader.GetGuid(0));
            }
        }

        var outbox = new List<Guid>();
        await using (var command = new NpgsqlCommand(
            "SELECT (payload->>'organisationId')::uuid FROM outbox_messages WHERE tenant_id = @t AND type LIKE '%OrganisationRegistered'", connection))
        {
            command.Parameters.AddWithValue("t", tenant);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                outbox.Add(reader.GetGuid(0));
            }
        }

        return (organisations, outbox);
    }
}
