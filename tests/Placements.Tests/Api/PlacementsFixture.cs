extern alias grants;
using System.Net;
using MassTransit;
using Npgsql;
using Rete.Contracts;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Placements.Tests.Api;

public sealed class PlacementsFactory() : ServiceFactory<Program>(ReteResources.PlacementsDb, ReteResources.Placements);

public sealed class GrantsFactory() : ServiceFactory<grants::Program>(ReteResources.GrantsDb, ReteResources.Grants);

/// <summary>
/// Placements and Grants in one process, each with its own database, on the real broker: the funding saga runs as in
/// production. A bus publishes the Registry's and Referrals' events as those services would. Tests use fresh tenants.
/// </summary>
public sealed class PlacementsFixture : IAsyncLifetime
{
    private EventPublisher publisher = null!;

    public PlacementsFixture() => Placements = new PlacementsFactory { Configure = Capture.ApplyTo };

    /// <summary>Every log line and span of the hosted Placements, for the canary test.</summary>
    public TelemetryCapture Capture { get; } = new();

    public PlacementsFactory Placements { get; }

    public GrantsFactory Grants { get; } = new();

    public EventCollector Events { get; private set; } = null!;

    public EventCollector GrantsEvents { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Events = await EventCollector.StartAsync("Rete.Contracts.Placements");
        GrantsEvents = await EventCollector.StartAsync("Rete.Contracts.Grants");
        publisher = await EventPublisher.StartAsync();
        Grants.CreateClient().Dispose();
        Placements.CreateClient().Dispose();
        await WaitUntilConsumersListenAsync();
    }

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await Events.DisposeAsync();
        await GrantsEvents.DisposeAsync();
        await Placements.DisposeAsync();
        await Grants.DisposeAsync();
        Capture.Dispose();
    }

    public Task PublishAsync(IIntegrationEvent message) => publisher.PublishAsync(message);

    /// <summary>Rows of a Placements table matching a condition, counted as the database owner (every tenant).</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Placements.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Both services' queues are bound once each has applied an organisation; only then may tests publish.</summary>
    private async Task WaitUntilConsumersListenAsync()
    {
        var tenant = TestTenants.Next();
        var probe = Guid.NewGuid();
        var grants = Grants.ClientFor(tenant, "operator");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await PublishAsync(new OrganisationRegistered(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, probe, 1, "Sonda", "association", null, null, null, "active", null));
            await Task.Delay(300);
            if ((await grants.GetAsync($"/api/grants/organisations/{probe}")).StatusCode == HttpStatusCode.OK
                && await CountAsync("SELECT count(*) FROM known_organisations WHERE id = @id", ("id", probe)) > 0)
            {
                return;
            }
        }

        throw new TimeoutException("The Placements and Grants consumers did not start listening within 30 s.");
    }
}

[CollectionDefinition(Name)]
public sealed class PlacementsCollection : ICollectionFixture<PlacementsFixture>
{
    public const string Name = "placements";
}
