using System.Text;
using RabbitMQ.Client;
using Rete.Contracts;

namespace Rete.Testing;

/// <summary>
/// A raw copy of every message published on the exchanges of one contracts namespace, headers and body as bytes on the wire:
/// the exchanges are declared as MassTransit declares them (durable fanout) and bound to one queue of the test's.
/// </summary>
public sealed class BrokerTap : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private BrokerTap(IConnection connection, IChannel channel, string queue) => (this.connection, this.channel, this.queue) = (connection, channel, queue);

    public static async Task<BrokerTap> StartAsync(string contractsNamespace)
    {
        var connection = await new ConnectionFactory { Uri = TestEnvironment.RabbitMq }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync($"tests-tap-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var type in typeof(IIntegrationEvent).Assembly.GetTypes().Where(t => t.Namespace == contractsNamespace && typeof(IIntegrationEvent).IsAssignableFrom(t)))
        {
            var exchange = $"{contractsNamespace}:{type.Name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, "");
        }

        return new BrokerTap(connection, channel, queue);
    }

    /// <summary>Every message that has arrived so far, as text: the headers then the body.</summary>
    public async Task<List<string>> DrainAsync()
    {
        var messages = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
            messages.Add(string.Join(" ", headers.Select(h => $"{h.Key}={(h.Value is byte[] b ? Encoding.UTF8.GetString(b) : h.Value)}"))
                + " " + Encoding.UTF8.GetString(message.Body.Span));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await channel.CloseAsync();
        await connection.CloseAsync();
    }
}
