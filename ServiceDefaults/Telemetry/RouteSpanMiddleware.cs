using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Rete.ServiceDefaults.Telemetry;

/// <summary>Names the request span "METHOD /route/{id}" and tags http.route, as the instrumentation package would.</summary>
internal sealed class RouteSpanMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
        if (activity is not null && context.GetEndpoint() is RouteEndpoint endpoint)
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            activity.DisplayName = $"{context.Request.Method} {route}";
            activity.SetTag("http.route", route);
        }

        return next(context);
    }
}
