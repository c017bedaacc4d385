namespace Rete.ServiceDefaults.Data;

public static class DatabaseRoles
{
    /// <summary>The role application queries run as: it owns no table, so row-level security applies to it.</summary>
    public const string Application = "rete_app";

    /// <summary>The role the retention purge runs as: it may only read and delete the outbox, inbox and idempotency
    /// tables, and a policy shows it every tenant's idempotency records.</summary>
    public const string Retention = "rete_retention";

    /// <summary>The setting the row-level security policies read.</summary>
    public const string TenantSetting = "rete.tenant_id";
}
