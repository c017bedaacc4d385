using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Web.SignIn;

/// <summary>
/// What the identity token says about the person, read to show them and to offer only what they may do.
/// The APIs decide again on every call: hiding a button is a courtesy, not the check.
/// </summary>
public static class SignedInUser
{
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst("name")?.Value ?? user.FindFirst("preferred_username")?.Value ?? "Utente";

    /// <summary>Same rule as Registry's OrganisationAccess.CanRegister.</summary>
    public static bool MayRegisterOrganisations(this ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator);

    /// <summary>Same rule as Registry's Manage policy (tables, members, meetings).</summary>
    public static bool MayManageNetworks(this ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator);

    /// <summary>Same rule as Registry's OrganisationAccess.CanEdit.</summary>
    public static bool MayEditOrganisation(this ClaimsPrincipal user, Guid id, string? municipalityIstat) =>
        user.IsPartnerOnly() ? user.MayActFor(id) : user.MayActFor(id) && user.CoversMunicipality(municipalityIstat);

    /// <summary>Registry's Manage policy and municipality scope: suspend, reactivate, close, record accreditations.</summary>
    public static bool MayChangeStatus(this ClaimsPrincipal user, Rete.Web.Organisations.Organisation organisation) =>
        user.MayRegisterOrganisations() && user.CoversMunicipality(organisation.MunicipalityIstat);

    /// <summary>Registry's Admin policy: a regional accreditation is the consortium's standing, renewed or expired by its administrators.</summary>
    public static bool MayChangeAccreditations(this ClaimsPrincipal user) => user.IsInRole(ReteRoles.ConsortiumAdmin);

    /// <summary>A partner keeps its organisation's kind and parent (Registry's UpdateOrganisation refuses the change).</summary>
    public static bool MayChangeKind(this ClaimsPrincipal user) => !user.IsPartnerOnly();
}
