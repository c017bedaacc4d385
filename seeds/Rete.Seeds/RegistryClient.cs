using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// Calls the Registry through the gateway with one tenant's bearer token. A request is retried with
/// backoff on 429, 502 (the gateway's answer when the service is not up yet), 503 and connection refused;
/// this is safe because every POST carries an Idempotency-Key. Any other non-2xx stops the load.
/// A change of an existing resource carries the <c>If-Match</c> the services require: the client reads the
/// resource's ETag just before (the seeder is its only writer), and a PUT of one that does not exist yet sends none.
/// </summary>
internal sealed class RegistryClient(HttpClient http, Uri registryBase, string token, TextWriter log) : IRegistryApi
{
    private const int MaxAttempts = 6;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    public async Task PutAsync(string path, object body, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Put, path, body, idempotencyKey: null, await ETagOfAsync(path, cancellationToken), cancellationToken);

    public async Task<string?> PostAsync(
        string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null)
    {
        var ifMatch = versionOf is null ? null : await ETagOfAsync(versionOf, cancellationToken)
            ?? throw new RegistryException($"GET {new Uri(registryBase, versionOf)} gave no ETag to change it with");
        var answer = await SendAsync(HttpMethod.Post, path, body, idempotencyKey, ifMatch, cancellationToken);
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(answer);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The resource's current ETag, or null when it does not exist (yet).</summary>
    private async Task<string?> ETagOfAsync(string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(registryBase, path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (response.IsSuccessStatusCode || !IsRetryable(response.StatusCode) || attempt == MaxAttempts)
            {
                return response.Headers.ETag?.Tag;
            }

            await WaitAsync(Backoff(attempt), $"GET {path}: {(int)response.StatusCode}", attempt, cancellationToken);
        }
    }

    private async Task<string> SendAsync(
        HttpMethod method, string path, object body, string? idempotencyKey, string? ifMatch, CancellationToken cancellationToken)
    {
        var answer = await SendForAnswerAsync(method, path, body, idempotencyKey, ifMatch, cancellationToken);
        return answer.IsSuccess ? answer.Body : throw answer.Refusal(method, new Uri(registryBase, path), idempotencyKey);
    }

    /// <summary>GETs a resource: its answer whatever the status (retried only on 429, 502, 503 and connection refused).</summary>
    public Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken) =>
        SendForAnswerAsync(HttpMethod.Get, path, body: null, idempotencyKey: null, ifMatch: null, cancellationToken);

    /// <summary>
    /// Sends a request and hands back its answer, status, body and ETag, whatever the status: the caller decides what a
    /// 4xx means. Retried with backoff on 429, 502, 503 and connection refused.
    /// </summary>
    public async Task<ApiAnswer> SendForAnswerAsync(
        HttpMethod method, string path, object? body, string? idempotencyKey, string? ifMatch, CancellationToken cancellationToken)
    {
        var uri = new Uri(registryBase, path);
        var json = body is null ? null : JsonSerializer.Serialize(body, body.GetType(), RegistryJson.Options);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConnectionError)
            {
                if (attempt == MaxAttempts)
                {
                    throw new RegistryException(
                        $"{method} {uri}: cannot connect after {attempt} attempts: {ex.Message}");
                }

                await WaitAsync(Backoff(attempt), $"{method} {uri}: {ex.Message}", attempt, cancellationToken);
                continue;
            }

            using (response)
            {
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode && IsRetryable(response.StatusCode) && attempt < MaxAttempts)
                {
                    var delay = RetryAfter(response) ?? Backoff(attempt);
                    await WaitAsync(delay, $"{method} {uri}: {(int)response.StatusCode}", attempt, cancellationToken);
                    continue;
                }

                return new ApiAnswer((int)response.StatusCode, response.ReasonPhrase, answer, response.Headers.ETag?.Tag,
                    response.Headers.Contains("Idempotent-Replayed"));
            }
        }
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable;

    private static TimeSpan Backoff(int attempt)
    {
        var delay = FirstDelay * Math.Pow(2, attempt - 1);
        return delay < MaxDelay ? delay : MaxDelay;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date - DateTimeOffset.UtcNow);
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxDelay ? MaxDelay : delay;
    }

    private async Task WaitAsync(TimeSpan delay, string reason, int attempt, CancellationToken cancellationToken)
    {
        await log.WriteLineAsync(
            $"  retry {attempt}/{MaxAttempts - 1} in {delay.TotalSeconds:0.0} s ({reason})");
        await Task.Delay(delay, cancellationToken);
    }
}

/// <summary>An answer of the API: status, body and ETag.</summary>
internal sealed record ApiAnswer(int Status, string? Reason, string Body, string? ETag, bool Replayed = false)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The problem type's <c>code</c> (e.g. <c>no-placement-consent</c>), when the body has one.</summary>
    public string? Code
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                        ? code.GetString()
                        : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>True when a 400 names <paramref name="field"/> among its errors.</summary>
    public bool NamesField(string field)
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            return Status == 400 && document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                && errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public RegistryException Refusal(HttpMethod method, Uri uri, string? idempotencyKey) => new(
        $"{method} {uri}{(idempotencyKey is null ? "" : $" (Idempotency-Key {idempotencyKey})")} " +
        $"answered {Status} {Reason}:{Environment.NewLine}" + ProblemDetailsText.Describe(Body));
}

/// <summary>The API refused a request, or could not be reached; the message is meant for the console.</summary>
internal sealed class RegistryException(string message) : Exception(message);
