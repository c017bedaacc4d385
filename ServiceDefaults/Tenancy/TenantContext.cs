namespace Rete.ServiceDefaults.Tenancy;

public sealed class TenantContext : ITenantContext
{
    public string? TenantId { get; private set; }

    public string RequiredTenantId => TenantId ?? throw new InvalidOperationException("No tenant is set for this operation.");

    public void Set(string tenantId)
    {
        if (!TenantIds.IsValid(tenantId))
        {
            throw new ArgumentException($"'{tenantId}' is not a tenant id.", nameof(tenantId));
        }

        if (TenantId is not null && TenantId != tenantId)
        {
            throw new InvalidOperationException("The tenant of an operation cannot change once set.");
        }

        TenantId = tenantId;
    }
}
