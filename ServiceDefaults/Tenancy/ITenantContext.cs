namespace Rete.ServiceDefaults.Tenancy;

/// <summary>The tenant (consortium) the current request or message acts for. Set once, before data is touched.</summary>
public interface ITenantContext
{
    string? TenantId { get; }

    string RequiredTenantId { get; }

    void Set(string tenantId);
}
