using System.Collections;

namespace Rete.Gateway.Correlation;

/// <summary>A logging scope with a single named value, so structured log sinks record it as a field.</summary>
internal sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
{
    private const string Key = "CorrelationId";

    public int Count => 1;

    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new(Key, id) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{id}";
}
