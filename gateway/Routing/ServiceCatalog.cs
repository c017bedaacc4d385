using Rete.ServiceDefaults;

namespace Rete.Gateway.Routing;

/// <summary>
/// The services the gateway fronts: those of <see cref="ReteResources.Services"/>, the identity provider and the web application, for which Aspire set
/// an address (<c>services:{name}:http:0</c>). Only those names count, so no key can expose anything else.
/// Where each one listens is resolved per request by Microsoft.Extensions.ServiceDiscovery.
/// </summary>
internal sealed class ServiceCatalog
{
    private ServiceCatalog(IReadOnlyList<string> services) => Services = services;

    public IReadOnlyList<string> Services { get; }

    public static ServiceCatalog From(IConfiguration configuration) =>
        new(ReteResources.Services.Append(ReteResources.Identity).Append(ReteResources.Web).Where(name => configuration.GetSection($"services:{name}").GetChildren().Any()).ToList());
}
