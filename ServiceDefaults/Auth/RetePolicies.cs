namespace Rete.ServiceDefaults.Auth;

/// <summary>Authorization policies shared by every service; a service may add its own.</summary>
public static class RetePolicies
{
    /// <summary>Reads the tenant's business data (not ops).</summary>
    public const string Read = "rete.read";

    /// <summary>
    /// Reads the consortium's own figures (budgets, stipend reservations): every business reader but a partner,
    /// who sees only what concerns its own organisation (its grants, its placements).
    /// </summary>
    public const string ReadNetwork = "rete.read-network";

    /// <summary>Runs the network's day-to-day work: consortium admins and operators.</summary>
    public const string Manage = "rete.manage";

    /// <summary>Changes the network's data: admins and operators; partners only where the endpoint checks ownership.</summary>
    public const string Write = "rete.write";

    /// <summary>Consortium-wide settings: budgets, the consortium profile.</summary>
    public const string Admin = "rete.admin";
}
