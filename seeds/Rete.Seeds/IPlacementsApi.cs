using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// The calls the placements loader makes; paths are relative to <c>{gateway}/api/placements/</c>. Answers come back
/// whatever their status, because the loader waits out some refusals (a consent Placements has not heard of yet).
/// </summary>
internal interface IPlacementsApi
{
    /// <summary>POSTs with an Idempotency-Key and, when given, an If-Match.</summary>
    Task<ApiAnswer> PostAsync(string path, object body, string idempotencyKey, string? ifMatch, CancellationToken cancellationToken);

    Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken);

    /// <summary>Asks the Registry to publish its organisations again, for an instance whose Placements came after its Registry seed.</summary>
    Task AskRegistryToRepublishAsync(CancellationToken cancellationToken);
}

/// <summary>Calls Placements through the gateway with one tenant's token, through the Registry's retrying client.</summary>
internal sealed class PlacementsClient(HttpClient http, Uri placementsBase, string token, TextWriter log) : IPlacementsApi
{
    private readonly RegistryClient client = new(http, placementsBase, token, log);
    private int republished;

    public Task<ApiAnswer> PostAsync(string path, object body, string idempotencyKey, string? ifMatch, CancellationToken cancellationToken) =>
        client.SendForAnswerAsync(HttpMethod.Post, path, body, idempotencyKey, ifMatch, cancellationToken);

    public Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken) => client.GetAsync(path, cancellationToken);

    public async Task AskRegistryToRepublishAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref republished, 1) == 1)
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(placementsBase, "../registry/organisations/republish"));
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        await log.WriteLineAsync($"    Placements is missing organisations: the Registry republished them ({(int)response.StatusCode}).");
    }
}

/// <summary>Sends nothing: prints the first requests and answers as Placements would (funded at once).</summary>
internal sealed class DryRunPlacements(TextWriter output) : IPlacementsApi
{
    private const int Shown = 40;
    private int printed;

    public async Task<ApiAnswer> PostAsync(string path, object body, string idempotencyKey, string? ifMatch, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref printed) <= Shown)
        {
            var version = ifMatch is null ? "" : $"; If-Match: {ifMatch}";
            await output.WriteLineAsync($"POST /api/placements/{path}  [Idempotency-Key: {idempotencyKey}{version}]");
            await output.WriteLineAsync("  " + JsonSerializer.Serialize(body, body.GetType(), RegistryJson.Options));
        }

        return new ApiAnswer(201, "Created", $$"""{"id":"{{Guid.NewGuid()}}","status":"proposed"}""", "\"1\"");
    }

    public Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult(new ApiAnswer(200, "OK", """{"status":"funded"}""", "\"2\""));

    public Task AskRegistryToRepublishAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
