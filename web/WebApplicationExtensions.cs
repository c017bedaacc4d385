using Rete.ServiceDefaults.Health;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Telemetry;
using Rete.Web.Components;
using Rete.Web.Grants;
using Rete.Web.People;
using Rete.Web.SignIn;

namespace Rete.Web;

public static class WebApplicationExtensions
{
    /// <summary>Telemetry and health as every Rete process; no database, no broker: the web app holds no data.</summary>
    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        builder.AddReteTelemetry();
        builder.AddReteHealthChecks();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // The provider's pages answer on the same host behind the gateway: a name of its own for this app's token.
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "rete.web.antiforgery");
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        return builder;
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Never the developer exception page: a person sees the Italian error page in every environment.
        app.UseExceptionHandler("/errore", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/pagina-non-trovata", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWebApplication(this WebApplication app)
    {
        app.MapReteHealthEndpoints();
        app.MapStaticAssets();
        // Browsers ask every origin for /favicon.ico (Identity's pages too, through the gateway). There is no icon yet:
        // answering "nothing" keeps a 404 out of every console.
        app.MapGet("/favicon.ico", () => Results.NoContent()).ExcludeFromDescription();
        app.MapWebSignIn();
        app.MapTransparencyDownload();
        app.MapPersonExportDownload();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
