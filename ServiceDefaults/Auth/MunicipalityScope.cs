using System.Security.Claims;

namespace Rete.ServiceDefaults.Auth;

/// <summary>
/// The municipality limit of a token: without <c>municipality</c> claims it acts for the whole tenant; with some, only
/// on things located in one of them (a thing with no municipality is outside every limited scope).
/// </summary>
public static class MunicipalityScope
{
    public static bool CoversMunicipality(this ClaimsPrincipal user, string? municipalityIstat)
    {
        var municipalities = user.Municipalities();
        return municipalities.Count == 0 || (municipalityIstat is not null && municipalities.Contains(municipalityIstat));
    }

    /// <summary>A change from one municipality to another must stay inside the scope on both sides.</summary>
    public static bool CoversMove(this ClaimsPrincipal user, string? from, string? to) =>
        user.CoversMunicipality(from) && user.CoversMunicipality(to);
}
