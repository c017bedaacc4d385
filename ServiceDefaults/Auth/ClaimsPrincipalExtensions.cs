using System.Security.Claims;

namespace Rete.ServiceDefaults.Auth;

public static class ClaimsPrincipalExtensions
{
    public static string? Tenant(this ClaimsPrincipal user) => user.FindFirst(ReteClaims.Tenant)?.Value;

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ReteClaims.Organisation)?.Value, out var id) ? id : null;

    public static IReadOnlyList<string> Municipalities(this ClaimsPrincipal user) =>
        user.FindAll(ReteClaims.Municipality).Select(c => c.Value).ToList();

    public static bool IsPartnerOnly(this ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.Partner) && !user.IsInRole(ReteRoles.ConsortiumAdmin) && !user.IsInRole(ReteRoles.Operator);

    /// <summary>A partner acts only for its own organisation; admins and operators for any in the tenant.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, Guid organisationId) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator)
        || (user.IsInRole(ReteRoles.Partner) && user.OrganisationId() == organisationId);
}
