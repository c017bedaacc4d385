using Rete.ServiceDefaults.Health;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Telemetry;
using Rete.Web.Components;

namespace Rete.Web;

public static class WebApplicationExtensions
{
    /// <summary>Telemetry and health as every Rete process; no database, no broker: the web app holds no data.</summary>
    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        builder.AddReteTelemetry();
        builder.AddReteHealthChecks();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        return builder;
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Never the developer exception page: a person sees the Italian error page in every environment.
        app.UseExceptionHandler("/errore", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/pagina-non-trovata", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWebApplication(this WebApplication app)
    {
        app.MapReteHealthEndpoints();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
