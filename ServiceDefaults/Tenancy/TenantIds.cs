using System.Text.RegularExpressions;

namespace Rete.ServiceDefaults.Tenancy;

/// <summary>Tenant ids are short lowercase slugs: trecate, zona-ovest, torino.</summary>
public static partial class TenantIds
{
    public static bool IsValid(string? tenantId) => tenantId is not null && Slug().IsMatch(tenantId);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$")]
    private static partial Regex Slug();
}
