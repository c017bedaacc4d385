namespace Rete.ServiceDefaults.Data;

public static class DatabaseRoles
{
    /// <summary>The role application queries run as: it owns no table, so row-level security applies to it.</summary>
    public const string Application = "rete_app";

    /// <summary>The setting the row-level security policies read.</summary>
    public const string TenantSetting = "rete.tenant_id";
}
