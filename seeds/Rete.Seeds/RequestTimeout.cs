namespace Rete.Seeds;

/// <summary>
/// Gives each request its own time limit and, when it runs out, names the request: HttpClient's own timeout only
/// says that some request took too long, which on a busy machine left no clue which stage was waiting.
/// </summary>
internal sealed class RequestTimeout(TimeSpan limit) : DelegatingHandler(new HttpClientHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await base.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{request.Method} {request.RequestUri?.AbsolutePath} had no answer within {limit.TotalSeconds:0} s");
        }
    }
}
