using Rete.Gateway.RateLimiting;
using Rete.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Rete.Gateway.Routing;

/// <summary>Turns the service catalog into YARP routes and clusters: one cluster per service, two routes each.</summary>
internal static class ProxyConfiguration
{
    // YARP's own value for "no authorization", as opposed to null, which leaves the fallback policy in force.
    private const string Anonymous = "anonymous";

    private static readonly Dictionary<string, string> OriginalHost = new() { ["RequestHeaderOriginalHost"] = "true" };

    private static readonly string[] IdentityPrefixes = ["connect", ".well-known", "account"];

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) From(ServiceCatalog catalog)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var name in catalog.Services)
        {
            clusters.Add(new ClusterConfig
            {
                ClusterId = name,
                // Service discovery turns the name into every address Aspire gave it (https first, then http).
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    [name] = new() { Address = $"https+http://{name}" },
                },
                HttpRequest = new ForwarderRequestConfig { AllowResponseBuffering = false },
            });

            if (name == ReteResources.Web)
            {
                // Whatever no other route claims is the web application's: its pages, assets and Blazor's connection.
                // It signs people in itself, so the gateway lets the requests through and the app challenges.
                routes.Add(new RouteConfig
                {
                    RouteId = "web",
                    ClusterId = name,
                    Order = int.MaxValue,
                    Match = new RouteMatch { Path = "/{**rest}" },
                    AuthorizationPolicy = Anonymous,
                    Transforms = [OriginalHost],
                });
                continue;
            }

            if (name == ReteResources.Identity)
            {
                // The OpenID Connect endpoints, discovery and the sign-in pages: reached before anyone has a token.
                foreach (var prefix in IdentityPrefixes)
                {
                    routes.Add(new RouteConfig
                    {
                        RouteId = $"identity-{prefix.TrimStart('.')}",
                        ClusterId = name,
                        Match = new RouteMatch { Path = $"/{prefix}/{{**rest}}" },
                        AuthorizationPolicy = Anonymous,
                        RateLimiterPolicy = TenantRateLimiting.Policy,
                        // Redirects (to the sign-in page, back to the app) must name the address the browser used.
                        Transforms = [OriginalHost],
                    });
                }
            }

            // Each service owns its /api/{name} prefix, so the path goes through unchanged and the
            // authorization policy stays the fallback one: an authenticated user with a tenant.
            routes.Add(new RouteConfig
            {
                RouteId = $"{name}-api",
                ClusterId = name,
                Match = new RouteMatch { Path = $"/api/{name}/{{**rest}}" },
                RateLimiterPolicy = TenantRateLimiting.Policy,
            });

            routes.Add(new RouteConfig
            {
                RouteId = $"{name}-openapi",
                ClusterId = name,
                Match = new RouteMatch { Path = $"/openapi/{name}/v1.json", Methods = ["GET", "HEAD"] },
                AuthorizationPolicy = Anonymous,
                RateLimiterPolicy = TenantRateLimiting.Policy,
                // The original Host lets the document name the gateway as its server, so "Try it out" in /docs
                // calls go through the gateway rather than straight to the service.
                Transforms =
                [
                    new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" },
                    new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" },
                ],
            });
        }

        return (routes, clusters);
    }
}
