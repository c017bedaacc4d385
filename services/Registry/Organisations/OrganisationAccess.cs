using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Registry.Organisations;

/// <summary>
/// Who may change an organisation: admins and operators of the tenant (only in their municipalities when their
/// token names some), and a partner for its own organisation only.
/// </summary>
public static class OrganisationAccess
{
    public static bool CanEdit(ClaimsPrincipal user, Guid organisationId, string? municipalityIstat)
    {
        if (user.IsPartnerOnly())
        {
            return user.MayActFor(organisationId);
        }

        return user.MayActFor(organisationId) && CoversMunicipality(user, municipalityIstat);
    }

    public static bool CanRegister(ClaimsPrincipal user, string? municipalityIstat) =>
        (user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator)) && CoversMunicipality(user, municipalityIstat);

    /// <summary>A token without municipality claims acts for the whole tenant.</summary>
    private static bool CoversMunicipality(ClaimsPrincipal user, string? municipalityIstat)
    {
        var municipalities = user.Municipalities();
        return municipalities.Count == 0 || (municipalityIstat is not null && municipalities.Contains(municipalityIstat));
    }
}
