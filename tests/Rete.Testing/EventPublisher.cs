using MassTransit;
using Rete.Contracts;
using Rete.ServiceDefaults.Messaging;

namespace Rete.Testing;

/// <summary>
/// Publishes other services' events on the real broker as their outboxes would: with the event id as the message
/// id, as the event's own type.
/// </summary>
public sealed class EventPublisher : IAsyncDisposable
{
    private readonly IBusControl bus;

    private EventPublisher(IBusControl bus) => this.bus = bus;

    public static async Task<EventPublisher> StartAsync()
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.UseRabbitMqUri(TestEnvironment.RabbitMq));
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return new EventPublisher(bus);
    }

    public Task PublishAsync(IIntegrationEvent message) =>
        bus.Publish(message, message.GetType(), context => context.MessageId = message.EventId);

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
