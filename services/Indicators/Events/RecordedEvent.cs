using System.Text.Json;
using Rete.Contracts;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Json;

namespace Rete.Indicators.Events;

/// <summary>
/// An event as this service received it, kept whole: the figures are folded from these rows, and a rebuild replays
/// them. The event id is the key, so a redelivery or a republished copy of the same event is stored once.
/// </summary>
public sealed class RecordedEvent : ITenantOwned
{
    private RecordedEvent()
    {
    }

    public Guid EventId { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The contract's name without its namespace root, e.g. "Grants.GrantApproved".</summary>
    public string Type { get; private set; } = "";

    /// <summary>The kind of thing the event is about ("grant", "placement", ...): its figures are folded per stream.</summary>
    public string Stream { get; private set; } = "";

    public Guid StreamId { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string Payload { get; private set; } = "";

    public static RecordedEvent From(IIntegrationEvent e, StreamKey key, DateTimeOffset receivedAt) => new()
    {
        EventId = e.EventId,
        TenantId = e.TenantId,
        Type = ContractNames.Of(e.GetType()),
        Stream = key.Stream,
        StreamId = key.Id,
        Version = key.Version,
        OccurredAt = e.OccurredAt,
        ReceivedAt = receivedAt,
        Payload = JsonSerializer.Serialize(e, e.GetType(), ReteJson.Options),
    };

    /// <summary>The event again, as its contract type; null for a type this build no longer knows.</summary>
    public IIntegrationEvent? ToEvent() =>
        ContractNames.Find(Type) is { } type ? (IIntegrationEvent?)JsonSerializer.Deserialize(Payload, type, ReteJson.Options) : null;
}

/// <summary>Which stream an event belongs to, and the aggregate's version after it.</summary>
public readonly record struct StreamKey(string Stream, Guid Id, int Version);

internal static class ContractNames
{
    private const string Root = "Rete.Contracts.";

    private static readonly Dictionary<string, Type> Types = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsAbstract)
        .ToDictionary(Of);

    public static string Of(Type type)
    {
        var name = type.FullName ?? type.Name;
        return name.StartsWith(Root, StringComparison.Ordinal) ? name[Root.Length..] : name;
    }

    public static Type? Find(string name) => Types.GetValueOrDefault(name);
}
