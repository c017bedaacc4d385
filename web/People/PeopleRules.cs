using System.Security.Claims;
using Rete.ServiceDefaults.Auth;
using Rete.Web.Referrals;

namespace Rete.Web.People;

/// <summary>Who may do what with people, as Referrals' ReferralsPolicies says; the API checks again on every call.</summary>
public static class PeopleRules
{
    /// <summary>ReferralsPolicies.Readers (a partner reads, but Referrals shows it nobody outside a referral).</summary>
    public static bool MayReadPeople(this ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator) || user.IsInRole(ReteRoles.SocialWorker)
        || user.IsInRole(ReteRoles.CpiOperator) || user.IsInRole(ReteRoles.Partner) || user.IsInRole(ReteRoles.Auditor);

    /// <summary>ReferralsPolicies.Managers: register people, record and withdraw consents, send and move referrals.</summary>
    public static bool MayManagePeople(this ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator) || user.IsInRole(ReteRoles.SocialWorker)
        || user.IsInRole(ReteRoles.CpiOperator);

    /// <summary>ReferralsPolicies.Assign: GOL assignments are the CPI's act.</summary>
    public static bool MayAssignGol(this ClaimsPrincipal user) => user.IsInRole(ReteRoles.CpiOperator);

    /// <summary>
    /// Closing an assignment (Referrals' CloseAssignment): a manager acting for its CPI or its operator (admins and
    /// operators act for any organisation).
    /// </summary>
    public static bool MayCloseGol(this ClaimsPrincipal user, Guid cpiOrganisationId, Guid operatorOrganisationId) =>
        user.MayManagePeople() && (user.ActsForReferrals(cpiOrganisationId) || user.ActsForReferrals(operatorOrganisationId));
}
