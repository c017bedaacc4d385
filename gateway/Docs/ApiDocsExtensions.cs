using Rete.Gateway.Routing;

namespace Rete.Gateway.Docs;

public static class ApiDocsExtensions
{
    public const string Path = "docs";

    /// <summary>
    /// Swagger UI at /docs over every configured service's own document, which the gateway proxies at
    /// /openapi/{name}/v1.json; the gateway generates no document of its own.
    /// </summary>
    public static IApplicationBuilder UseApiDocs(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ServiceCatalog>();
        return app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = Path;
            ui.DocumentTitle = "Rete API";
            foreach (var name in catalog.Services)
            {
                ui.SwaggerEndpoint($"/openapi/{name}/v1.json", name);
            }

            // Calls made from the page carry the token pasted once, across reloads.
            ui.EnablePersistAuthorization();
        });
    }
}
