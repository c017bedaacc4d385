using Npgsql;
using Rete.ServiceDefaults;
using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.Faults.Tests;

/// <summary>
/// Registry → RabbitMQ → Grants' organisations read model under faults. The Registry runs in-process; Grants runs as
/// a real process from its build output, so it can be killed outright. What is counted is the effect: the rows of
/// Grants' read model and its inbox, one per registration answered 201, none missing, none twice.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class GrantsFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RegistryFactory registry = new();
    private readonly ServiceProcess grants = new(ReteResources.Grants, ReteResources.GrantsDb, Path.Combine("services", "Grants"));

    public async Task InitializeAsync()
    {
        registry.CreateClient().Dispose();
        await grants.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Infrastructure.StartBrokerAsync();
        await grants.DisposeAsync();
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task A_broker_outage_mid_stream_leaves_every_registration_in_the_grants_read_model_exactly_once()
    {
        var tenant = TestTenants.Next();
        using var client = registry.ClientFor(tenant, "operator");
        using var stop = new CancellationTokenSource();
        var stream = Writers.StreamAsync(client, writers: 2, TimeSpan.FromMilliseconds(50), stop.Token, max: 400);

        await Task.Delay(TimeSpan.FromSeconds(1));
        await Infrastructure.StopBrokerAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await Infrastructure.StartBrokerAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        var result = await stream;

        result.Others.ShouldBeEmpty();
        await AssertReadModelAsync(tenant, result.Created.ToHashSet());
    }

    [Fact]
    public async Task Grants_killed_mid_stream_and_restarted_loses_and_doubles_no_effect()
    {
        var tenant = TestTenants.Next();
        using var client = registry.ClientFor(tenant, "operator");
        using var stop = new CancellationTokenSource();
        var stream = Writers.StreamAsync(client, writers: 4, TimeSpan.FromMilliseconds(10), stop.Token, max: 5000);

        // Killed once it is applying this stream (it may first work through events other tests left in its queue).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var before = await ReadModelAsync(tenant);
        while (before.Organisations.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            before = await ReadModelAsync(tenant);
        }

        await grants.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await grants.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        var result = await stream;

        result.Others.ShouldBeEmpty();
        before.Organisations.Count.ShouldBeGreaterThan(0, "Grants was killed before it had applied anything");
        output.WriteLine($"killed after {before.Organisations.Count} applied");
        await AssertReadModelAsync(tenant, result.Created.ToHashSet());
    }

    /// <summary>Waits for the read model to hold every created organisation, then checks rows and inbox: each exactly once.</summary>
    private async Task AssertReadModelAsync(string tenant, HashSet<Guid> created)
    {
        created.Count.ShouldBeGreaterThan(20);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var seen = await ReadModelAsync(tenant);
        while (!created.IsSubsetOf(seen.Organisations) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            seen = await ReadModelAsync(tenant);
        }

        await Task.Delay(1000); // room for a late duplicate
        seen = await ReadModelAsync(tenant);
        output.WriteLine($"registered {created.Count}; read model rows {seen.Organisations.Count}; inbox rows {seen.InboxRows}; details versions {string.Join(",", seen.Versions)}");
        seen.Organisations.ToHashSet().SetEquals(created).ShouldBeTrue($"{created.Count} registered, {seen.Organisations.Count} in the read model\n{grants.Log}");
        seen.Organisations.Count.ShouldBe(created.Count);
        seen.InboxRows.ShouldBe(created.Count, "one inbox row per OrganisationRegistered");
        seen.Versions.ShouldBe([1]);
    }

    private async Task<(List<Guid> Organisations, long InboxRows, List<int> Versions)> ReadModelAsync(string tenant)
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

        await using var registryConnection = await registry.OpenOwnerConnectionAsync();
        return (ids, await RegistrationsInbox.RowsAsync(connection, registryConnection, tenant), versions.ToList());
    }
}
