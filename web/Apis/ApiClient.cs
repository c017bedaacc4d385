using Rete.ServiceDefaults.Json;
using System.Net.Http.Headers;

namespace Rete.Web.Apis;

/// <summary>Sends one request and turns the answer into an <see cref="ApiResult{T}"/>; an unreachable API is a problem too.</summary>
public abstract class ApiClient(HttpClient http, ILogger logger)
{
    protected async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (ApiProblem.IsFailure(response.StatusCode))
            {
                return Failed<T>(await ApiProblem.ReadAsync(response, ct));
            }

            if (response.StatusCode == System.Net.HttpStatusCode.NoContent)
            {
                return new ApiResult<T>(default, response.Headers.ETag?.ToString(), null);
            }

            var value = await response.Content.ReadFromJsonAsync<T>(ReteJson.Options, ct);
            return new ApiResult<T>(value, response.Headers.ETag?.ToString(), null);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "{Method} {Uri} failed", request.Method, request.RequestUri);
            return Failed<T>(ApiProblem.Unreachable);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "{Method} {Uri} timed out", request.Method, request.RequestUri);
            return Failed<T>(ApiProblem.Unreachable);
        }
    }

    private static ApiResult<T> Failed<T>(ApiProblem problem) => new(default, null, problem);

    /// <summary>
    /// A file the API writes, read with the user's token and handed to the browser as it comes (<see cref="ApiDownload"/>);
    /// null when the API refused it or could not be reached.
    /// </summary>
    protected async Task<HttpResponseMessage?> DownloadAsync(string uri, CancellationToken ct)
    {
        try
        {
            var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            response.Dispose();
            return null;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "GET {Uri} failed", uri);
            return null;
        }
    }

    protected static HttpRequestMessage Json<TBody>(HttpMethod method, string uri, TBody body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body, options: ReteJson.Options) };
        if (ifMatch is { Length: > 0 })
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    /// <summary>A write that runs once per key: a resent form (a second click, a reload) is answered with the first result.</summary>
    protected static HttpRequestMessage Once<TBody>(string uri, TBody body, string idempotencyKey, string? ifMatch = null)
    {
        var request = Json(HttpMethod.Post, uri, body, ifMatch);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}
