using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rete.ServiceDefaults.Http;

/// <summary>
/// The headers a careful API sets on every answer: no content sniffing, no referrer leaking ids in URLs, and
/// business data (anything under /api) kept out of browser and proxy caches.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (context.Request.Path.StartsWithSegments("/api") && headers.CacheControl.Count == 0)
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
