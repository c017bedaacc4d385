using System.Collections.Concurrent;
using MassTransit;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Messaging;
using Rete.Testing;

namespace Rete.Faults.Tests;

/// <summary>
/// A consumer of the Registry's OrganisationRegistered on a durable queue of a fixed name, so it can be stopped in
/// the middle of a stream and started again on the same queue, as a service's process restarting would. It keeps
/// every delivery it acknowledged.
/// </summary>
public sealed class DurableSubscriber : IAsyncDisposable
{
    private readonly string queue = $"faults-subscriber-{Guid.NewGuid():N}";
    private readonly ConcurrentQueue<OrganisationRegistered> deliveries = new();
    private IBusControl? bus;

    /// <summary>Every acknowledged delivery, redeliveries included.</summary>
    public IReadOnlyCollection<OrganisationRegistered> Deliveries => deliveries;

    public async Task StartAsync()
    {
        bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.UseRabbitMqUri(TestEnvironment.RabbitMq);
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.Durable = true;
                endpoint.AutoDelete = false;
                endpoint.Handler<OrganisationRegistered>(context =>
                {
                    deliveries.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
    }

    public async Task StopAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            bus = null;
        }
    }

    /// <summary>Waits until every organisation in <paramref name="ids"/> has been delivered at least once.</summary>
    public async Task WaitForAsync(IReadOnlyCollection<Guid> ids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !ids.All(new HashSet<Guid>(deliveries.Select(d => d.OrganisationId)).Contains))
        {
            await Task.Delay(100);
        }

        await Task.Delay(500); // room for a duplicate to show up
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
