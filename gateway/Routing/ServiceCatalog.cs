using Rete.ServiceDefaults;

namespace Rete.Gateway.Routing;

/// <summary>
/// The business services the gateway fronts and where they listen, read once at start from the keys Aspire
/// (or the launcher) sets: <c>services:{name}:http:{index}</c>, falling back to <c>https</c>.
/// Only the names in <see cref="ReteResources.Services"/>, the identity provider and the web application count,
/// so no key can expose anything else.
/// </summary>
internal sealed class ServiceCatalog
{
    private ServiceCatalog(IReadOnlyDictionary<string, IReadOnlyList<Uri>> services) => Services = services;

    /// <summary>Service name to its addresses, in <see cref="ReteResources.Services"/> order; unconfigured services are left out.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Uri>> Services { get; }

    public static ServiceCatalog From(IConfiguration configuration)
    {
        var services = new Dictionary<string, IReadOnlyList<Uri>>(StringComparer.Ordinal);
        foreach (var name in ReteResources.Services.Append(ReteResources.Identity).Append(ReteResources.Web))
        {
            var addresses = Addresses(configuration, name, "http");
            if (addresses.Count == 0)
            {
                addresses = Addresses(configuration, name, "https");
            }

            if (addresses.Count > 0)
            {
                services[name] = addresses;
            }
        }

        return new ServiceCatalog(services);
    }

    private static List<Uri> Addresses(IConfiguration configuration, string name, string scheme)
    {
        var addresses = new List<Uri>();
        foreach (var entry in configuration.GetSection($"services:{name}:{scheme}").GetChildren())
        {
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                continue;
            }

            // A typo in an address would otherwise surface as a 502 on every call: refuse to start instead.
            if (!Uri.TryCreate(entry.Value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"services:{name}:{scheme}:{entry.Key} is not an http(s) address: '{entry.Value}'.");
            }

            addresses.Add(uri);
        }

        return addresses;
    }
}
