using Microsoft.Extensions.Options;
using Rete.Gateway.Errors;

namespace Rete.Gateway.Limits;

/// <summary>
/// Refuses a body whose declared length is over the limit before anything reads it: a clean 413 instead of
/// Kestrel's error halfway through forwarding. Bodies without a length are cut by Kestrel's own limit.
/// </summary>
internal sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options, IProblemDetailsService problems)
{
    private readonly long maxBytes = options.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is not { } length || length <= maxBytes)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The body is still on the wire and will not be read: close the connection once answered.
        context.Response.Headers.Connection = "close";
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = GatewayProblems.TooLarge(maxBytes) }).AsTask();
    }
}
