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

        return user.MayActFor(organisationId) && user.CoversMunicipality(municipalityIstat);
    }

    public static bool CanRegister(ClaimsPrincipal user, string? municipalityIstat) =>
        (user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator)) && user.CoversMunicipality(municipalityIstat);
}
