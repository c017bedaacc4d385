using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Referrals.Referrals;

/// <summary>
/// Who acts for an organisation in a referral: admins and operators for any of the tenant; everyone else
/// (social workers, CPI operators, partners) only for the organisation named in their token.
/// </summary>
internal static class OrganisationAccess
{
    public static bool ActsFor(this ClaimsPrincipal user, Guid organisationId) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator) || user.OrganisationId() == organisationId;

    public static string Subject(this ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "?";

    public static Guid? OrganisationIdClaim(this ClaimsPrincipal user) => user.OrganisationId();
}
