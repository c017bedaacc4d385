using Microsoft.Extensions.Configuration;

namespace Rete.AppHost;

/// <summary>
/// The dashboard's addresses for an instance with a port offset: launchSettings.json names those of offset 0,
/// and a second instance beside the first needs its own.
/// </summary>
internal static class Dashboard
{
    public static void UsePorts(IDistributedApplicationBuilder builder, RetePorts ports)
    {
        if (ports.Offset == 0 && builder.Configuration["ASPNETCORE_URLS"] is { Length: > 0 })
        {
            return; // the launch profile's addresses
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://localhost:{ports.Dashboard}",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{ports.DashboardOtlp}",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{ports.ResourceService}",
            ["ASPIRE_DASHBOARD_MCP_ENDPOINT_URL"] = $"http://localhost:{ports.DashboardMcp}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
        });
    }
}
