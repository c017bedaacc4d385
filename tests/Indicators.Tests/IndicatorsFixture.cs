using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Rete.Contracts;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Indicators.Tests;

public sealed class IndicatorsFactory() : ServiceFactory<Program>(ReteResources.IndicatorsDb, ReteResources.Indicators)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Small rebuild batches, so that a test's rebuild crosses batch boundaries (and streams of several events).
        builder.UseSetting("Indicators:RebuildBatch", "7");
        // Tests publish as soon as the service is up: every queue must be bound by then.
        builder.ConfigureServices(s => s.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true));
    }
}

/// <summary>
/// One Indicators service with its own database, and a bus that publishes the other services' events on the real
/// broker as their outboxes would (the event id as the message id). Tests use fresh tenants.
/// </summary>
public sealed class IndicatorsFixture : IAsyncLifetime
{
    private EventPublisher publisher = null!;

    public IndicatorsFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        publisher = await EventPublisher.StartAsync();
        Factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await Factory.DisposeAsync();
    }

    public Task PublishAsync(IIntegrationEvent message) => publisher.PublishAsync(message);

    public async Task PublishAllAsync(IEnumerable<IIntegrationEvent> messages)
    {
        foreach (var m in messages)
        {
            await PublishAsync(m);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class IndicatorsCollection : ICollectionFixture<IndicatorsFixture>
{
    public const string Name = "indicators";
}
