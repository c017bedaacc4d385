using Rete.Contracts;

namespace Rete.ServiceDefaults.Domain;

/// <summary>Something whose changes raise integration events.</summary>
public interface IRaisesEvents
{
    /// <summary>The events raised since the last call, in the order they were raised; the list is emptied.</summary>
    IReadOnlyList<IIntegrationEvent> TakeEvents();
}

/// <summary>
/// The base of an aggregate: its own methods raise the events its changes mean, and the service's DbContext writes
/// them to the outbox in the transaction that saves the change. No endpoint or consumer builds an event by hand, so
/// none can forget one.
/// </summary>
public abstract class Aggregate : IRaisesEvents
{
    private readonly List<IIntegrationEvent> raised = [];

    protected void Raise(IIntegrationEvent integrationEvent) => raised.Add(integrationEvent);

    public IReadOnlyList<IIntegrationEvent> TakeEvents()
    {
        if (raised.Count == 0)
        {
            return [];
        }

        var events = raised.ToArray();
        raised.Clear();
        return events;
    }
}
