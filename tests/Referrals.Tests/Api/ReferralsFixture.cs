using Rete.Contracts;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

public class ReferralsFactory() : ServiceFactory<Program>(ReteResources.ReferralsDb, ReteResources.Referrals);

/// <summary>
/// One Referrals service with its own database, a subscriber to its events and a bus that publishes other services'
/// events as they would. One instance only: a second one in the process would compete for the same queues. Tests use
/// fresh tenants.
/// </summary>
public sealed class ReferralsFixture : IAsyncLifetime
{
    private EventPublisher publisher = null!;

    public ReferralsFixture() => Factory = new ReferralsFactory { Configure = Capture.ApplyTo };

    /// <summary>Every log line and span of the hosted service, for the canary test.</summary>
    public TelemetryCapture Capture { get; } = new();

    public ReferralsFactory Factory { get; }

    public EventCollector Events { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Events = await EventCollector.StartAsync("Rete.Contracts.Referrals");
        publisher = await EventPublisher.StartAsync();
        Factory.CreateClient().Dispose();
        await WaitUntilConsumersListenAsync();
    }

    /// <summary>The bus binds its queues after the host has started: the first event of a test must not be lost.</summary>
    private async Task WaitUntilConsumersListenAsync()
    {
        var tenant = NewTenant();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var probe = Guid.CreateVersion7();
            await PublishAsync(new OrganisationRegistered(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, probe, 1, "Sonda", "jobDesk", null, null, null, "active", null));
            await Task.Delay(300);
            if (await Network.KnowsAsync(this, "known_organisations", probe))
            {
                return;
            }
        }

        throw new TimeoutException("The Referrals consumers did not start listening within 30 s.");
    }

    public Task PublishAsync(IIntegrationEvent message) => publisher.PublishAsync(message);

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await Events.DisposeAsync();
        await Factory.DisposeAsync();
        Capture.Dispose();
    }

    public static string NewTenant() => TestTenants.Next();
}

[CollectionDefinition(Name)]
public sealed class ReferralsCollection : ICollectionFixture<ReferralsFixture>
{
    public const string Name = "referrals";
}
