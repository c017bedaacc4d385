using Rete.ServiceDefaults.Auth;

namespace Rete.Grants;

/// <summary>
/// Who may do what in Grants. Everyone but ops reads grants and reports (a partner only the grants its own organisation receives, and no
/// budgets or reservations);
/// admins and operators record grants and their steps; only consortium admins set budgets.
/// </summary>
public static class GrantsPolicies
{
    public const string Read = RetePolicies.Read;

    /// <summary>Budgets and stipend reservations: the consortium's money, not a partner's.</summary>
    public const string ReadNetwork = RetePolicies.ReadNetwork;

    /// <summary>Records grants, amendments, disbursements, reports; requests and releases reservations.</summary>
    public const string Manage = RetePolicies.Manage;

    /// <summary>Sets budgets and their lines.</summary>
    public const string Admin = RetePolicies.Admin;
}
