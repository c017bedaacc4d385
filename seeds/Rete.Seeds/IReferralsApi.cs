using System.Text.Json;

namespace Rete.Seeds;

/// <summary>The calls the referrals loader makes; paths are relative to <c>{gateway}/api/referrals/</c>.</summary>
internal interface IReferralsApi
{
    /// <summary>
    /// POSTs with an Idempotency-Key under the token of <paramref name="actor"/> (and the If-Match of
    /// <paramref name="versionOf"/>, when given); returns the created id.
    /// </summary>
    Task<string?> PostAsync(string path, object body, string idempotencyKey, SeedActor actor, CancellationToken cancellationToken, string? versionOf = null);

    Task PutAsync(string path, object body, SeedActor actor, CancellationToken cancellationToken);

    /// <summary>Waits until Referrals knows the organisation as active (and accredited for Servizi al Lavoro, when asked).</summary>
    Task WaitForOrganisationAsync(string organisationId, string key, bool servicesForWork, CancellationToken cancellationToken);
}

/// <summary>Who a request is made as: the consortium's administrator, or a CPI operator of one organisation.</summary>
internal sealed record SeedActor(string Role, string? OrganisationId)
{
    public static readonly SeedActor Admin = new("consortium-admin", null);
}

/// <summary>Calls Referrals through the gateway, with a token per actor, through the Registry's retrying client.</summary>
internal sealed class ReferralsClient(HttpClient http, Uri referralsBase, TokenIssuer tokens, string tenant, TextWriter log) : IReferralsApi
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan BeforeRepublish = TimeSpan.FromSeconds(5);
    private readonly Dictionary<SeedActor, RegistryClient> clients = [];
    private bool republished;

    public Task<string?> PostAsync(string path, object body, string idempotencyKey, SeedActor actor, CancellationToken cancellationToken, string? versionOf = null) =>
        As(actor).PostAsync(path, body, idempotencyKey, cancellationToken, versionOf);

    public Task PutAsync(string path, object body, SeedActor actor, CancellationToken cancellationToken) =>
        As(actor).PutAsync(path, body, cancellationToken);

    private RegistryClient As(SeedActor actor)
    {
        // The placements loader calls from several tasks at once.
        lock (clients)
        {
            if (!clients.TryGetValue(actor, out var client))
            {
                client = new RegistryClient(http, referralsBase, tokens.Issue(tenant, actor.Role, actor.OrganisationId), log);
                clients[actor] = client;
            }

            return client;
        }
    }

    public async Task WaitForOrganisationAsync(string organisationId, string key, bool servicesForWork, CancellationToken cancellationToken)
    {
        var token = tokens.Issue(tenant);
        var started = DateTime.UtcNow;
        var last = "";
        while (DateTime.UtcNow - started < Patience)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(referralsBase, $"organisations/{Uri.EscapeDataString(organisationId)}"));
            request.Headers.Authorization = new("Bearer", token);
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && Ready(body, servicesForWork))
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
                // An instance whose Registry was seeded before Referrals existed never sent it its organisations.
                republished = true;
                using var republish = new HttpRequestMessage(HttpMethod.Post, new Uri(referralsBase, "../registry/organisations/republish"));
                republish.Headers.Authorization = new("Bearer", token);
                using var answer = await http.SendAsync(republish, cancellationToken);
                await log.WriteLineAsync($"    Referrals is missing organisations: the Registry republished them ({(int)answer.StatusCode}).");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        throw new RegistryException($"organisation '{key}' ({organisationId}) did not reach Referrals as active within {Patience.TotalSeconds:0} s (last answer: {last})");
    }

    private static bool Ready(string body, bool servicesForWork)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.True
                && (!servicesForWork || root.GetProperty("accreditations").EnumerateArray()
                    .Any(a => a.GetProperty("kind").GetString() == "servicesForWork"));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>Sends nothing: prints each request and hands back stand-in ids.</summary>
internal sealed class DryRunReferrals(TextWriter output) : IReferralsApi
{
    private int printed;

    public async Task<string?> PostAsync(string path, object body, string idempotencyKey, SeedActor actor, CancellationToken cancellationToken, string? versionOf = null)
    {
        // Hundreds of people: the first few requests of the run show the shape, the count says the rest.
        if (Interlocked.Increment(ref printed) <= 20)
        {
            await output.WriteLineAsync($"POST /api/referrals/{path}  [{actor.Role}; Idempotency-Key: {idempotencyKey}]");
            await output.WriteLineAsync("  " + JsonSerializer.Serialize(body, body.GetType(), RegistryJson.Options));
        }

        return Guid.NewGuid().ToString();
    }

    public async Task PutAsync(string path, object body, SeedActor actor, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref printed) <= 20)
        {
            await output.WriteLineAsync($"PUT /api/referrals/{path}  [{actor.Role}]");
        }
    }

    public async Task WaitForOrganisationAsync(string organisationId, string key, bool servicesForWork, CancellationToken cancellationToken) =>
        await output.WriteLineAsync($"GET /api/referrals/organisations/{organisationId}  (until organisation '{key}' is active)");
}
