using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Rete.Testing;

namespace Rete.Faults.Tests;

/// <summary>Reads the test broker's queues directly, to see what MassTransit moved to an _error queue.</summary>
public static class BrokerQueues
{
    /// <summary>The messages waiting in a queue, or null when the broker has no such queue.</summary>
    public static async Task<uint?> CountAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMq };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            // MassTransit creates an _error queue with the first message it moves there.
            return null;
        }
    }
}
