using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Rete.Testing;

/// <summary>What a stream of registrations got back: the ids of every 201, and every other answer with its body.</summary>
public sealed class StreamResult
{
    public ConcurrentBag<Guid> Created { get; } = [];

    public ConcurrentBag<(HttpStatusCode Status, string Body)> Others { get; } = [];

    public ConcurrentBag<string> TransportErrors { get; } = [];
}

public static class Writers
{
    public const string Organisations = "/api/registry/organisations";

    public static object Body(string name) => new
    {
        name,
        kind = "socialCooperative",
        municipalityIstat = "003149",
        areas = new[] { "placements", "training" },
        targetGroups = new[] { "adultsInDifficulty" },
        notes = "Tirocini di inclusione.",
    };

    /// <summary>Registers organisations from <paramref name="writers"/> concurrent loops until <paramref name="stop"/> is cancelled or <paramref name="max"/> are sent.</summary>
    public static async Task<StreamResult> StreamAsync(HttpClient client, int writers, TimeSpan pause, CancellationToken stop, int max = int.MaxValue)
    {
        var result = new StreamResult();
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref sent) <= max)
            {
                try
                {
                    using var response = await client.PostJsonAsync(Organisations, Body($"Cooperativa del flusso {w}-{Guid.NewGuid():N}"));
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        result.Created.Add(JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
                    }
                    else
                    {
                        result.Others.Add((response.StatusCode, body));
                    }
                }
                catch (HttpRequestException e)
                {
                    result.TransportErrors.Add(e.Message);
                }

                await Task.Delay(pause);
            }
        }));
        return result;
    }
}
