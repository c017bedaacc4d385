namespace Rete.AppHost;

/// <summary>
/// How many processes run each business service (<c>Rete:Replicas</c>, <c>RETE_REPLICAS</c> for ./rete up): they
/// share the service's database and queues, as a scaled-out deployment does.
/// </summary>
internal static class Replicas
{
    public const int Most = 4;

    public static int From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }
        if (!int.TryParse(text, out var replicas) || replicas < 1 || replicas > Most)
        {
            throw new InvalidOperationException($"Rete:Replicas deve essere un intero tra 1 e {Most}, non '{text}'.");
        }
        return replicas;
    }
}
