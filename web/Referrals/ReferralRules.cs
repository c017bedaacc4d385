using System.Security.Claims;
using Rete.ServiceDefaults.Auth;
using Rete.Web.People;

namespace Rete.Web.Referrals;

/// <summary>
/// Who acts for an organisation in a referral, as Referrals' OrganisationAccess: admins and operators for any of the
/// tenant, everyone else only for the organisation of their token. Steps need a manager's role (ReferralsPolicies.Manage).
/// </summary>
public static class ReferralRules
{
    public static bool ActsForAny(this ClaimsPrincipal user) => user.IsInRole(ReteRoles.ConsortiumAdmin) || user.IsInRole(ReteRoles.Operator);

    public static bool ActsForReferrals(this ClaimsPrincipal user, Guid organisationId) =>
        user.ActsForAny() || user.OrganisationId() == organisationId;

    public static bool MayAccept(this ClaimsPrincipal user, Referral r) =>
        r.Status == "sent" && user.MayManagePeople() && user.ActsForReferrals(r.ToOrganisationId);

    public static bool MayWithdraw(this ClaimsPrincipal user, Referral r) =>
        r.Status == "sent" && user.MayManagePeople() && user.ActsForReferrals(r.FromOrganisationId);

    public static bool MayClose(this ClaimsPrincipal user, Referral r) =>
        r.Status == "accepted" && user.MayManagePeople() && user.ActsForReferrals(r.ToOrganisationId);

    public static bool MaySend(this ClaimsPrincipal user) => user.MayManagePeople() && (user.ActsForAny() || user.OrganisationId() is not null);

    /// <summary>The organisations whose queues and sending the user may choose among.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> OwnOrganisations(this ClaimsPrincipal user, IReadOnlyList<KeyValuePair<string, string>> all) =>
        user.ActsForAny() ? all : [.. all.Where(o => o.Key == user.OrganisationId()?.ToString())];
}
