using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Grants.Awards;

/// <summary>
/// A partner sees only the grants its own organisation (the token's <c>org</c> claim) receives; every other reader
/// (admins, operators, auditors, social workers, CPI operators) sees the tenant's grants. Ops never gets here.
/// </summary>
internal static class GrantAccess
{
    public static bool SeesOnlyOwnGrants(ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.Partner) && !ReteRoles.BusinessReaders.Any(r => r != ReteRoles.Partner && user.IsInRole(r));

    public static IQueryable<Grant> VisibleTo(this IQueryable<Grant> grants, ClaimsPrincipal user)
    {
        if (!SeesOnlyOwnGrants(user))
        {
            return grants;
        }

        var organisation = user.OrganisationId();
        return organisation is null ? grants.Where(_ => false) : grants.Where(g => g.BeneficiaryId == organisation);
    }
}
