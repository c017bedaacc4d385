using System.Diagnostics;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults;
using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.Faults.Tests;

/// <summary>
/// PostgreSQL down for minutes while events keep arriving: Grants, a real process, holds them in its retry and applies
/// each once the database is back. Nothing may be lost, applied twice, or left in the consumer's _error queue.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    // The requirement is two minutes; the retry waits about ten (ServiceDefaults/Messaging/ConsumerRetry).
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(120);
    private const int Events = 50;
    private const string Queue = "grants-organisation-registered";
    private const string Consumer = "Rete.Grants.Organisations.OrganisationRegisteredConsumer";

    private readonly ServiceProcess grants = new(ReteResources.Grants, ReteResources.GrantsDb, Path.Combine("services", "Grants"));
    private bool down;

    public Task InitializeAsync() => grants.StartAsync();

    public async Task DisposeAsync()
    {
        if (down)
        {
            await Infrastructure.StartPostgresAsync();
        }

        // Connections pooled in this process before the outage are dead: the cleanup must open fresh ones.
        NpgsqlConnection.ClearAllPools();
        await grants.DisposeAsync();
    }

    [Fact]
    public async Task A_two_minute_database_outage_loses_no_event_applies_none_twice_and_leaves_nothing_in_error()
    {
        var tenant = TestTenants.Next();
        var events = Enumerable.Range(1, Events)
            .Select(i => new OrganisationRegistered(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, Guid.NewGuid(), 1,
                $"Ente durante il guasto {i}", "association", null, null, null, "active", null))
            .ToList();
        await using var publisher = await EventPublisher.StartAsync();
        (await BrokerQueues.CountAsync(Queue)).ShouldNotBeNull($"Grants has no queue {Queue}");

        await Infrastructure.StopPostgresAsync();
        down = true;
        var outage = Stopwatch.StartNew();
        foreach (var e in events)
        {
            await publisher.PublishAsync(e);
        }

        await Task.Delay(Outage - outage.Elapsed);
        await Infrastructure.StartPostgresAsync();
        down = false;
        output.WriteLine($"database down for {outage.Elapsed.TotalSeconds:F0} s");
        NpgsqlConnection.ClearAllPools();

        var expected = events.Select(e => e.OrganisationId).ToHashSet();
        var recovery = Stopwatch.StartNew();
        var seen = await ReadModelAsync(tenant, events);
        while (!expected.IsSubsetOf(seen.Organisations) && recovery.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(500);
            seen = await ReadModelAsync(tenant, events);
        }

        output.WriteLine($"waited {recovery.Elapsed.TotalSeconds:F0} s after the database came back for {seen.Organisations.Count} of {Events} applied");
        await Task.Delay(1000); // room for a late duplicate
        seen = await ReadModelAsync(tenant, events);
        var errors = await BrokerQueues.CountAsync(Queue + "_error") ?? 0;
        output.WriteLine($"read model rows {seen.Organisations.Count}; inbox rows {seen.InboxRows}; {Queue}_error {errors}");

        seen.Organisations.ToHashSet().SetEquals(expected).ShouldBeTrue(
            $"{Events} published, {seen.Organisations.Count} in the read model\n{grants.Log}");
        seen.Organisations.Count.ShouldBe(Events);
        seen.InboxRows.ShouldBe(Events, "one inbox row per event");
        seen.Versions.ShouldBe([1]);
        errors.ShouldBe(0u, $"messages in {Queue}_error");
    }

    private async Task<(List<Guid> Organisations, long InboxRows, List<int> Versions)> ReadModelAsync(
        string tenant, List<OrganisationRegistered> events)
    {
        await using var connection = await grants.OpenOwnerConnectionAsync();
        var ids = new List<Guid>();
        var versions = new SortedSet<int>();
        await using (var command = new NpgsqlCommand("SELECT id, details_version FROM organisations WHERE tenant_id = @t", connection))
        {
            command.Parameters.AddWithValue("t", tenant);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
                versions.Add(reader.GetInt32(1));
            }
        }

        await using var inbox = new NpgsqlCommand(
            "SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@ids) AND consumer = @consumer", connection);
        inbox.Parameters.AddWithValue("ids", events.Select(e => e.EventId).ToArray());
        inbox.Parameters.AddWithValue("consumer", Consumer);
        return (ids, (long)(await inbox.ExecuteScalarAsync())!, versions.ToList());
    }
}
