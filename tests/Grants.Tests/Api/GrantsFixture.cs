using MassTransit;
using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.Contracts.Placements;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

public sealed class GrantsFactory() : ServiceFactory<Program>(ReteResources.GrantsDb, ReteResources.Grants);

/// <summary>
/// One Grants service with its own database, a subscriber to its events, and a bus that publishes the Registry's and
/// Placements' messages as those services would. Tests use fresh tenants.
/// </summary>
public sealed class GrantsFixture : IAsyncLifetime
{
    private EventPublisher publisher = null!;

    public GrantsFactory Factory { get; } = new();

    public EventCollector Events { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Events = await EventCollector.StartAsync("Rete.Contracts.Grants");
        publisher = await EventPublisher.StartAsync();
        Factory.CreateClient().Dispose();
        await WaitUntilConsumersListenAsync();
    }

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await Events.DisposeAsync();
        await Factory.DisposeAsync();
    }

    public static string NewTenant() => TestTenants.Next();

    public Task PublishAsync(IIntegrationEvent message) => publisher.PublishAsync(message);

    /// <summary>The consumers' queues are bound once the service answers a message of each kind; only then may tests publish.</summary>
    private async Task WaitUntilConsumersListenAsync()
    {
        var tenant = NewTenant();
        var probe = Guid.NewGuid();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var client = Factory.ClientFor(tenant, "operator");
        while (DateTime.UtcNow < deadline)
        {
            await PublishAsync(new OrganisationRegistered(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, probe, 1, "Sonda", "association", null, null, null, "active", null));
            await PublishAsync(new StipendReservationRequested(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, probe, probe, Guid.NewGuid(), 1, 1m));
            await Task.Delay(300);
            if ((await client.GetAsync($"/api/grants/organisations/{probe}")).IsSuccessStatusCode
                && Events.Of<StipendReservationRefused>(e => e.ReservationId == probe).Count > 0)
            {
                return;
            }
        }

        throw new TimeoutException("The Grants consumers did not start listening within 30 s.");
    }
}

[CollectionDefinition(Name)]
public sealed class GrantsCollection : ICollectionFixture<GrantsFixture>
{
    public const string Name = "grants";
}
