using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.Faults.Tests;

/// <summary>
/// The Registry → bus → subscriber path under faults: a broker outage in the middle of a stream of writes, and a
/// subscriber that goes away in the middle of one. A plain subscriber has no inbox, so a redelivery may reach it
/// twice; what must hold is that every registration is delivered and published exactly once (one event id each).
/// The consuming-service versions, which count the effects in the consumer's database, are in GrantsFaultTests.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class RegistrySubscriberFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RegistryFactory registry = new();
    private readonly DurableSubscriber subscriber = new();

    public async Task InitializeAsync()
    {
        await subscriber.StartAsync();
        registry.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await Infrastructure.StartBrokerAsync();
        await subscriber.DisposeAsync();
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task Registry_to_subscriber_a_broker_outage_mid_stream_loses_no_event_and_publishes_none_twice()
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

        // Writes never needed the broker: the outbox kept the events.
        result.Others.ShouldBeEmpty();
        result.Created.Count.ShouldBeGreaterThan(20);
        var created = result.Created.ToHashSet();
        await subscriber.WaitForAsync(created, TimeSpan.FromSeconds(90));

        var mine = subscriber.Deliveries.Where(d => d.TenantId == tenant).ToList();
        mine.Select(d => d.OrganisationId).ToHashSet().SetEquals(created).ShouldBeTrue(
            $"{created.Count} registered, {mine.Select(d => d.OrganisationId).Distinct().Count()} delivered");
        mine.Select(d => d.EventId).Distinct().Count().ShouldBe(created.Count, "one event per registration");
        output.WriteLine($"registrations {created.Count}, deliveries {mine.Count} (redeliveries {mine.Count - created.Count})");
    }

    [Fact]
    public async Task Registry_to_subscriber_a_subscriber_gone_mid_stream_gets_every_event_from_its_durable_queue()
    {
        var tenant = TestTenants.Next();
        using var client = registry.ClientFor(tenant, "operator");
        using var stop = new CancellationTokenSource();
        var stream = Writers.StreamAsync(client, writers: 2, TimeSpan.FromMilliseconds(30), stop.Token, max: 400);

        await Task.Delay(TimeSpan.FromSeconds(1));
        await subscriber.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await subscriber.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        var result = await stream;

        result.Others.ShouldBeEmpty();
        var created = result.Created.ToHashSet();
        await subscriber.WaitForAsync(created, TimeSpan.FromSeconds(30));
        var mine = subscriber.Deliveries.Where(d => d.TenantId == tenant).ToList();
        mine.Select(d => d.OrganisationId).ToHashSet().SetEquals(created).ShouldBeTrue();
        mine.Select(d => d.EventId).Distinct().Count().ShouldBe(created.Count);
        output.WriteLine($"registrations {created.Count}, deliveries {mine.Count}");
    }
}
