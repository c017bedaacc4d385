namespace Rete.Contracts;

/// <summary>
/// What every event on the bus carries. Events are immutable records, named in the past tense,
/// in the namespace of the service that publishes them. Adding a field is allowed; renaming or
/// removing one means a new event.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    string TenantId { get; }

    DateTimeOffset OccurredAt { get; }
}
