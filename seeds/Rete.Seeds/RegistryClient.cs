using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// Calls the Registry through the gateway with one tenant's bearer token. A request is retried with
/// backoff on 429, 502 (the gateway's answer when the service is not up yet), 503 and connection refused;
/// this is safe because every POST carries an Idempotency-Key. Any other non-2xx stops the load.
/// </summary>
internal sealed class RegistryClient(HttpClient http, Uri registryBase, string token, TextWriter log) : IRegistryApi
{
    private const int MaxAttempts = 6;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    public async Task PutAsync(string path, object body, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Put, path, body, idempotencyKey: null, cancellationToken);

    public async Task<string?> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Post, path, body, idempotencyKey, cancellationToken);
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

    private async Task<string> SendAsync(
        HttpMethod method, string path, object body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var uri = new Uri(registryBase, path);
        var json = JsonSerializer.Serialize(body, body.GetType(), RegistryJson.Options);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
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
                if (response.IsSuccessStatusCode)
                {
                    return answer;
                }

                if (IsRetryable(response.StatusCode) && attempt < MaxAttempts)
                {
                    var delay = RetryAfter(response) ?? Backoff(attempt);
                    await WaitAsync(delay, $"{method} {uri}: {(int)response.StatusCode}", attempt, cancellationToken);
                    continue;
                }

                throw new RegistryException(
                    $"{method} {uri}{(idempotencyKey is null ? "" : $" (Idempotency-Key {idempotencyKey})")} " +
                    $"answered {(int)response.StatusCode} {response.ReasonPhrase}:{Environment.NewLine}" +
                    ProblemDetailsText.Describe(answer));
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

/// <summary>The API refused a request, or could not be reached; the message is meant for the console.</summary>
internal sealed class RegistryException(string message) : Exception(message);
