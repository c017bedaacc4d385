using Microsoft.AspNetCore.Http.Features;

namespace Rete.Gateway.Correlation;

/// <summary>
/// Settles the request's correlation id, forwards it to the service (YARP copies request headers), returns
/// it on the response and puts it on the request's span and log scope.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    private const string SpanTag = "rete.correlation_id";

    public async Task InvokeAsync(HttpContext context)
    {
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
        var id = CorrelationIds.FromRequest(context.Request.Headers[CorrelationIds.Header], activity);
        context.Request.Headers[CorrelationIds.Header] = id;
        activity?.SetTag(SpanTag, id);

        // Set when the response starts, after YARP has copied the service's headers, so the client sees one value.
        context.Response.OnStarting(Echo, context);

        using (logger.BeginScope(new CorrelationScope(id)))
        {
            await next(context);
        }
    }

    private static Task Echo(object state)
    {
        var context = (HttpContext)state;
        context.Response.Headers[CorrelationIds.Header] = context.Request.Headers[CorrelationIds.Header];
        return Task.CompletedTask;
    }
}

public static class CorrelationIdExtensions
{
    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationIdMiddleware>();
}
