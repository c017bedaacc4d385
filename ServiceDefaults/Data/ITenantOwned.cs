namespace Rete.ServiceDefaults.Data;

/// <summary>A row that belongs to one tenant: filtered by EF Core and by PostgreSQL row-level security.</summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
