using Rete.Contracts;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>Only integration events from the Contracts assembly can be published from the outbox.</summary>
internal static class ContractTypes
{
    public static Type Resolve(string fullName)
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(fullName, throwOnError: false);
        return type is not null && typeof(IIntegrationEvent).IsAssignableFrom(type)
            ? type
            : throw new InvalidOperationException($"'{fullName}' is not an integration event.");
    }
}
