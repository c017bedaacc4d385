using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Errors;

namespace Rete.Gateway.Routing;

public static class ServiceRoutesExtensions
{
    /// <summary>Registers YARP with a route and a cluster for every configured business service.</summary>
    public static IHostApplicationBuilder AddServiceRoutes(this IHostApplicationBuilder builder)
    {
        var catalog = ServiceCatalog.From(builder.Configuration);
        var (routes, clusters) = ProxyConfiguration.From(catalog);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddServiceDiscoveryCore();
        builder.Services.AddConfigurationServiceEndpointProvider();
        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters).AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    private static IResult NoService() => Problems.NotFound("Nessun servizio risponde a questo indirizzo.");

    public static WebApplication MapServiceRoutes(this WebApplication app)
    {
        var services = app.Services.GetRequiredService<ServiceCatalog>().Services;
        if (services.Count == 0)
        {
            app.Logger.LogWarning("No services:{{name}}:http:0 keys are configured: the gateway forwards nothing.");
        }

        // YARP's default pipeline minus session affinity, which Rete does not use, with problem details for
        // the failures YARP otherwise answers with an empty body.
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ProxyErrorMiddleware>();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });

        // A path no service owns (the root, another service's document) is not found, whoever asks: without
        // this the fallback authorization policy would answer 401 to an anonymous caller. Where the web application
        // runs, every such path is its own (and a second catch-all would make the match ambiguous).
        if (!services.Contains(ReteResources.Web))
        {
            app.MapFallback("{**path}", NoService).AllowAnonymous();
        }

        // Under /api a client expects problem details, not the web application's page: an /api path no service owns
        // ends here (each service's own /api/{name} route is more specific and wins).
        app.Map("/api/{**path}", NoService).AllowAnonymous();
        return app;
    }
}
