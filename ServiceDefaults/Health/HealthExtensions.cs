using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Rete.ServiceDefaults.Health;

public static class HealthExtensions
{
    public const string LiveTag = "live";

    public static IHostApplicationBuilder AddReteHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>/health: ready, every dependency reachable. /alive: the process answers.</summary>
    public static WebApplication MapReteHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReport.WriteAsync })
            .AllowAnonymous()
            .DisableHttpMetrics();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = c => c.Tags.Contains(LiveTag) })
            .AllowAnonymous()
            .DisableHttpMetrics();
        return app;
    }
}
