using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Rete.ServiceDefaults.Tenancy;

/// <summary>
/// The tenants (consortia) this deployment serves, from <c>Tenancy:Tenants</c> (a list, or one comma-separated
/// value). A token for any other tenant is refused. Until the Identity service becomes the source of tenants the
/// list is configuration; Development falls back to the sample consortia.
/// </summary>
public sealed class KnownTenants
{
    public const string Section = "Tenancy:Tenants";

    public static readonly IReadOnlyList<string> DevelopmentDefaults = ["trecate", "zona-ovest", "torino"];

    private readonly HashSet<string> tenants;

    public KnownTenants(IEnumerable<string> tenants) => this.tenants = new HashSet<string>(tenants, StringComparer.Ordinal);

    public bool Contains(string tenantId) => tenants.Contains(tenantId);

    /// <summary>Every tenant served, for work no request starts (a daily job runs once per tenant).</summary>
    public IReadOnlyCollection<string> All => tenants;

    public static KnownTenants From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var listed = section.Value is { } joined
            ? joined.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : section.GetChildren().Select(c => c.Value).OfType<string>().ToArray();
        if (listed.Length == 0 && environment.IsDevelopment())
        {
            listed = [.. DevelopmentDefaults];
        }

        return new KnownTenants(listed.Where(TenantIds.IsValid));
    }
}
