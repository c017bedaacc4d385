using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Web.Grants;

/// <summary>
/// What Grants' rules allow (GrantsPolicies and the grant's life in docs/grants.md): every role but ops reads grants,
/// a partner only its own and never budgets; admins and operators record every step; only admins set budgets.
/// </summary>
public static class GrantRules
{
    /// <summary>GrantsPolicies.Read: every business reader.</summary>
    public static bool MayReadGrants(this ClaimsPrincipal user) => ReteRoles.BusinessReaders.Any(user.IsInRole);

    /// <summary>GrantsPolicies.ReadNetwork: budgets are the consortium's money, not a partner's.</summary>
    public static bool MayReadBudgets(this ClaimsPrincipal user) => ReteRoles.NetworkReaders.Any(user.IsInRole);

    /// <summary>GrantsPolicies.Admin.</summary>
    public static bool MaySetBudgets(this ClaimsPrincipal user) => user.IsInRole(ReteRoles.ConsortiumAdmin);

    /// <summary>GrantsPolicies.Manage.</summary>
    public static bool MayManageGrants(this ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator);

    /// <summary>The steps offered, by the page's name for each, for the grant's state.</summary>
    public static IReadOnlyList<string> Steps(this ClaimsPrincipal user, Grant g)
    {
        if (!user.MayManageGrants())
        {
            return [];
        }

        return g.Status switch
        {
            "draft" => ["approva", "revoca"],
            "approved" => ["eroga", "modifica", "revoca"],
            "disbursing" => ["eroga", "modifica", "revoca"],
            "disbursed" => ["rendiconta", "modifica", "revoca"],
            "reported" => ["chiudi"],
            _ => [],
        };
    }
}
