using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Telemetry;
using Rete.Testing;

namespace Rete.Faults.Tests;

/// <summary>
/// Outbox rows that can never be published (a type that no longer exists, a payload that does not deserialize) sit
/// in front of good ones: the good ones still reach the broker, the bad ones are parked with their error, counted,
/// and the health report turns degraded (still 200: the service keeps working).
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PoisonedOutboxTests : IAsyncLifetime
{
    private readonly RegistryFactory registry = new();
    private readonly MeterListener listener = new();
    private long parkedCount;

    public Task InitializeAsync()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ReteTelemetry.MessagingName && instrument.Name == "rete.outbox.parked")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref parkedCount, value));
        listener.Start();
        registry.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        listener.Dispose();
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task Rows_that_can_never_be_published_are_parked_and_the_rows_behind_them_are_published()
    {
        var tenant = TestTenants.Next();
        await using var collector = await EventCollector.StartAsync(typeof(OrganisationRegistered).Namespace!);
        var gone = await InsertAsync(tenant, "Rete.Contracts.Registry.OrganisationRetired", "{}");
        var garbled = await InsertAsync(tenant, typeof(OrganisationRegistered).FullName!, """{"organisationId": "non-un-uuid"}""");

        using var client = registry.ClientFor(tenant, "operator");
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostJsonAsync(Writers.Organisations, Writers.Body($"Cooperativa dopo il veleno {i}"));
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            created.Add((await response.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        await collector.WaitForAsync<OrganisationRegistered>(e => created.Contains(e.OrganisationId), expected: 3);

        await using var connection = await registry.OpenOwnerConnectionAsync();
        foreach (var id in new[] { gone, garbled })
        {
            await using var command = new NpgsqlCommand(
                "SELECT parked_at IS NOT NULL, dispatched_at IS NULL, last_error FROM outbox_messages WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync();
            (await reader.ReadAsync()).ShouldBeTrue();
            reader.GetBoolean(0).ShouldBeTrue($"row {id} is not parked");
            reader.GetBoolean(1).ShouldBeTrue($"row {id} was marked dispatched");
            reader.GetString(2).ShouldNotBeNullOrWhiteSpace();
        }

        Interlocked.Read(ref parkedCount).ShouldBeGreaterThanOrEqualTo(2);

        using var probe = registry.CreateClient();
        using var health = await probe.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        report.GetProperty("status").GetString().ShouldBe("Degraded");
        report.GetProperty("checks").GetProperty("outbox").GetString().ShouldBe("Degraded");
    }

    private async Task<long> InsertAsync(string tenant, string type, string payload)
    {
        await using var connection = await registry.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO outbox_messages (message_id, tenant_id, type, payload, occurred_at, attempts)
            VALUES (@id, @tenant, @type, @payload::jsonb, now(), 0) RETURNING id
            """, connection);
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("payload", payload);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
