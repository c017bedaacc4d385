using Rete.Gateway.Correlation;
using Rete.Gateway.Docs;
using Rete.Gateway.Limits;
using Rete.Gateway.RateLimiting;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Gateway;

public static class GatewayPipeline
{
    /// <summary>
    /// The services' pipeline (ServiceDefaults) without idempotency keys, which belong to the service that
    /// owns the data, plus the edge's own steps, each placed where it sees what it needs.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        // First, so every answer carries the id, problem details from the later steps included.
        app.UseCorrelationIds();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Before anything else touches the request: an over-size body is refused from its Content-Length alone.
        app.UseRequestSizeLimit();
        // Swagger UI is middleware, not an endpoint: ahead of authorization it stays anonymous.
        app.UseApiDocs();
        app.UseRouting();
        app.UseAuthentication();
        app.UseTenancy();
        // After authentication so the tenant partitions the limit; before authorization so a flood of
        // unauthenticated calls is limited (by address) too instead of costing a 401 each.
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
