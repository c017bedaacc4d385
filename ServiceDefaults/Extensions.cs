using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Health;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;
using Rete.ServiceDefaults.Telemetry;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults;

public static class Extensions
{
    /// <summary>What every Rete process gets: telemetry, health, problem details, JSON, authentication and tenancy.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddReteTelemetry();
        builder.AddReteHealthChecks();
        builder.AddReteProblemDetails();
        builder.AddReteAuthentication();
        builder.Services.AddReteTenancy();
        builder.Services.Configure<JsonOptions>(o => ReteJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        builder.Services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        return builder;
    }

    /// <summary>The pipeline every Rete service shares, in the order that makes each part see what it needs.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseNulRejection();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseTenancy();
        app.UseAuthorization();
        app.UseIdempotencyKeys();
        return app;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapReteHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
