using System.Text.Json;

namespace Rete.Seeds;

/// <summary>The calls the grants loader makes; paths are relative to <c>{gateway}/api/grants/</c>.</summary>
internal interface IGrantsApi
{
    /// <summary>POSTs with an Idempotency-Key (and the If-Match of <paramref name="versionOf"/>, when given); returns the created id.</summary>
    Task<string?> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null);

    /// <summary>
    /// Waits until Grants knows an organisation as active: Grants builds its organisations from the Registry's
    /// events, so one registered a moment ago may not be there yet.
    /// </summary>
    Task WaitForOrganisationAsync(string organisationId, string key, CancellationToken cancellationToken);
}

/// <summary>Calls Grants through the gateway with one tenant's token; POSTs go through the same retrying client as the Registry's.</summary>
internal sealed class GrantsClient(HttpClient http, Uri grantsBase, string token, TextWriter log) : IGrantsApi
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan BeforeRepublish = TimeSpan.FromSeconds(5);
    private readonly RegistryClient posts = new(http, grantsBase, token, log);
    private bool republished;

    public Task<string?> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null) =>
        posts.PostAsync(path, body, idempotencyKey, cancellationToken, versionOf);

    public async Task WaitForOrganisationAsync(string organisationId, string key, CancellationToken cancellationToken)
    {
        var uri = new Uri(grantsBase, $"organisations/{Uri.EscapeDataString(organisationId)}");
        var started = DateTime.UtcNow;
        var delay = TimeSpan.FromMilliseconds(100);
        string last;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = new("Bearer", token);
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && IsActive(body))
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}";
            }
            catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConnectionError)
            {
                last = ex.Message;
            }

            if (!republished && DateTime.UtcNow - started > BeforeRepublish)
            {
                await AskRegistryToRepublishAsync(cancellationToken);
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
        while (DateTime.UtcNow - started < Patience);

        throw new RegistryException(
            $"organisation '{key}' ({organisationId}) did not reach Grants as active within {Patience.TotalSeconds:0} s (last answer: {last}). " +
            "Grants learns organisations from the Registry's events, and the Registry was asked to publish them again.");
    }

    /// <summary>
    /// An instance whose Registry was seeded before Grants existed never sent Grants its organisations: the Registry
    /// publishes them again (<c>POST /api/registry/organisations/republish</c>), once per run.
    /// </summary>
    private async Task AskRegistryToRepublishAsync(CancellationToken cancellationToken)
    {
        republished = true;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(grantsBase, "../registry/organisations/republish"));
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        await log.WriteLineAsync($"    Grants is missing organisations: the Registry republished them ({(int)response.StatusCode}).");
    }

    private static bool IsActive(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>Sends nothing: prints each request and hands back stand-in ids, as <see cref="DryRunRegistry"/> does.</summary>
internal sealed class DryRunGrants(TextWriter output) : IGrantsApi
{
    public async Task<string?> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null)
    {
        var ifMatch = versionOf is null ? "" : $"; If-Match: the ETag of {versionOf}";
        await output.WriteLineAsync($"POST /api/grants/{path}  [Idempotency-Key: {idempotencyKey}{ifMatch}]");
        await output.WriteLineAsync("  " + JsonSerializer.Serialize(body, body.GetType(), RegistryJson.Options));
        return $"dry-run:{idempotencyKey}";
    }

    public async Task WaitForOrganisationAsync(string organisationId, string key, CancellationToken cancellationToken) =>
        await output.WriteLineAsync($"GET /api/grants/organisations/{organisationId}  (until organisation '{key}' is active)");
}
