using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;
using Rete.Contracts;
using Rete.ServiceDefaults.Messaging;
using Shouldly;

namespace Rete.Testing;

/// <summary>
/// Subscribes to the real broker the way an integrator's service would: a durable queue bound to every event
/// of the given namespace, so events published while it is disconnected still reach it afterwards.
/// </summary>
public sealed class EventCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<IIntegrationEvent> received = new();
    private IBusControl? bus;

    public IReadOnlyCollection<IIntegrationEvent> Received => received;

    public static async Task<EventCollector> StartAsync(string contractsNamespace)
    {
        var collector = new EventCollector();
        var types = typeof(IIntegrationEvent).Assembly.GetTypes()
            .Where(t => t.Namespace == contractsNamespace && typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        collector.bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.UseRabbitMqUri(TestEnvironment.RabbitMq);
            rabbit.ReceiveEndpoint($"tests-{contractsNamespace.ToLowerInvariant().Replace('.', '-')}-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.Durable = true;
                endpoint.AutoDelete = false;
                foreach (var type in types)
                {
                    AddHandler.MakeGenericMethod(type).Invoke(null, [endpoint, collector]);
                }
            });
        });
        await collector.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return collector;
    }

    public IReadOnlyList<T> Of<T>(Func<T, bool>? match = null) where T : IIntegrationEvent =>
        received.OfType<T>().Where(e => match?.Invoke(e) ?? true).ToList();

    /// <summary>Waits until <paramref name="expected"/> matching events have arrived, then a little longer to catch duplicates.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int expected = 1, TimeSpan? timeout = null) where T : IIntegrationEvent
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Of(match).Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(300);
        var events = Of(match);
        events.Count.ShouldBe(expected, $"expected {expected} {typeof(T).Name} event(s)");
        return events;
    }

    /// <summary>
    /// Like <see cref="WaitForAsync{T}"/>, but counts events by id: delivery is at least once, and a publish whose
    /// confirm was lost in an outage is sent again with the same id (consumers drop it in their inbox; this raw tap
    /// has none).
    /// </summary>
    public async Task<IReadOnlyList<T>> WaitForDistinctAsync<T>(Func<T, bool> match, int expected, TimeSpan? timeout = null) where T : IIntegrationEvent
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Distinct(match).Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(300);
        var events = Distinct(match);
        events.Count.ShouldBe(expected, $"expected {expected} distinct {typeof(T).Name} event(s)");
        return events;
    }

    private List<T> Distinct<T>(Func<T, bool> match) where T : IIntegrationEvent =>
        Of(match).DistinctBy(e => e.EventId).ToList();

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }
    }

    private static readonly MethodInfo AddHandler = typeof(EventCollector).GetMethod(nameof(Handle), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void Handle<T>(IRabbitMqReceiveEndpointConfigurator endpoint, EventCollector collector) where T : class, IIntegrationEvent =>
        endpoint.Handler<T>(context =>
        {
            collector.received.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
