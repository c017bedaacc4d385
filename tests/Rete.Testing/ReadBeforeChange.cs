using System.Net;
using System.Net.Http.Headers;

namespace Rete.Testing;

/// <summary>
/// Makes a test client behave as the web application does: a change it sends without <c>If-Match</c> that the
/// service refuses with 428 is sent again with the ETag of the resource it changes, read just before. The resource
/// is the nearest URL at or above the change's that answers a GET with an ETag (<c>/grants/{id}/approve</c> changes
/// <c>/grants/{id}</c>). Tests of the rule itself send their own If-Match, or use a client without this handler.
/// </summary>
public sealed class ReadBeforeChange : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.PreconditionRequired || request.Headers.IfMatch.Count > 0
            || await ETagAboveAsync(request, cancellationToken) is not { } etag)
        {
            return response;
        }

        response.Dispose();
        using var again = Copy(request, body);
        again.Headers.IfMatch.Add(etag);
        return await base.SendAsync(again, cancellationToken);
    }

    private async Task<EntityTagHeaderValue?> ETagAboveAsync(HttpRequestMessage change, CancellationToken cancellationToken)
    {
        var segments = change.RequestUri!.AbsolutePath.TrimEnd('/').Split('/');
        for (var length = segments.Length; length > 3; length--)
        {
            var uri = new Uri(change.RequestUri, string.Join('/', segments[..length]));
            using var read = new HttpRequestMessage(HttpMethod.Get, uri);
            read.Headers.Authorization = change.Headers.Authorization;
            using var response = await base.SendAsync(read, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response.Headers.ETag;
            }
        }

        return null;
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return copy;
    }
}
