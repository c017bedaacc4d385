using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Rete.Gateway.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace Rete.Gateway.Routing;

/// <summary>
/// YARP answers a failed forward with a bare status (502, 503, 504, 400) and no body. This gives those
/// answers problem details, and keeps status code pages away from the services' own answers.
/// </summary>
internal sealed class ProxyErrorMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null)
        {
            // The service's answer is authoritative, an empty 404 included: do not dress it up.
            var statusCodePages = context.Features.Get<IStatusCodePagesFeature>();
            if (statusCodePages is not null)
            {
                statusCodePages.Enabled = false;
            }

            return;
        }

        // Nothing to say to a client that has gone, or once the service's answer has begun.
        if (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var problem = Describe(context, error);
        context.Response.StatusCode = problem.Status!.Value;
        if (problem.Status is StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        if (problem.Status == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of the body is still on the wire: drop the connection after answering rather than reading it.
            context.Response.Headers.Connection = "close";
        }

        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static ProblemDetails Describe(HttpContext context, IForwarderErrorFeature error)
    {
        // The client's body broke a limit while streaming (Kestrel's MaxRequestBodySize on a chunked body).
        if (ClientFault(error.Exception) is { } bad)
        {
            return GatewayProblems.BadRequest(bad.StatusCode);
        }

        if (error.Error is ForwarderError.RequestBodyClient)
        {
            return GatewayProblems.BadRequest(StatusCodes.Status400BadRequest);
        }

        return GatewayProblems.Unreachable(Status(context.Response.StatusCode), context.GetReverseProxyFeature().Route.Config.ClusterId);
    }

    // YARP reports a client's broken body wrapped, together with its own copy failure.
    private static BadHttpRequestException? ClientFault(Exception? exception) => exception switch
    {
        BadHttpRequestException bad => bad,
        AggregateException all => all.InnerExceptions.Select(ClientFault).FirstOrDefault(e => e is not null),
        { InnerException: { } inner } => ClientFault(inner),
        _ => null,
    };

    // YARP sets 502, 503 or 504 for a destination's failure; anything else is still the destination's fault.
    private static int Status(int status) => status is >= 502 and <= 504 ? status : StatusCodes.Status502BadGateway;
}
