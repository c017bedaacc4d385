using MassTransit;
using Rete.Contracts;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>
/// How an <see cref="InboxConsumer{TMessage}"/> takes its batches: up to 50 messages of one tenant (an operation's
/// tenant never changes), delivered 10 ms after the first at the latest (an idle system's lag grows by that much),
/// two batches at a time per process. Under load a batch fills with what arrived meanwhile; idle, it holds one message.
/// </summary>
public sealed class InboxConsumerDefinition<TConsumer, TMessage> : ConsumerDefinition<TConsumer>
    where TConsumer : InboxConsumer<TMessage>
    where TMessage : class, IIntegrationEvent
{
    public const int MessageLimit = 50;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(10);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(MessageLimit)
            .SetConcurrencyLimit(ConcurrencyLimit)
            .SetTimeLimit(TimeLimit)
            .GroupBy<TMessage, string>(c => c.Message.TenantId));
}

public static class InboxConsumerRegistration
{
    /// <summary>Adds an inbox consumer with its batches (<see cref="InboxConsumerDefinition{TConsumer, TMessage}"/>).</summary>
    public static IBusRegistrationConfigurator AddInboxConsumer<TConsumer>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer =>
        bus.AddInboxConsumer(typeof(TConsumer));

    public static IBusRegistrationConfigurator AddInboxConsumer(this IBusRegistrationConfigurator bus, Type consumer)
    {
        var message = MessageOf(consumer)
            ?? throw new ArgumentException($"{consumer.Name} does not derive from InboxConsumer<T>.", nameof(consumer));
        bus.AddConsumer(consumer, typeof(InboxConsumerDefinition<,>).MakeGenericType(consumer, message));
        return bus;
    }

    /// <summary>
    /// Adds every concrete consumer of an assembly that <paramref name="include"/> accepts (MassTransit's own assembly
    /// scan skips internal types and would register them without their batches).
    /// </summary>
    public static IBusRegistrationConfigurator AddInboxConsumers(this IBusRegistrationConfigurator bus, System.Reflection.Assembly assembly, Func<Type, bool>? include = null)
    {
        foreach (var consumer in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IConsumer))))
        {
            if (include?.Invoke(consumer) ?? true)
            {
                bus.AddInboxConsumer(consumer);
            }
        }

        return bus;
    }

    private static Type? MessageOf(Type consumer)
    {
        for (var type = consumer.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InboxConsumer<>))
            {
                return type.GenericTypeArguments[0];
            }
        }

        return null;
    }
}
