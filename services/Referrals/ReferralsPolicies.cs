using Rete.ServiceDefaults.Auth;

namespace Rete.Referrals;

/// <summary>
/// Who may do what in Referrals. The network's workers read people's files (every read is logged); operators,
/// social workers and CPI operators register people and record consents; auditors read the access log; ops nothing.
/// </summary>
public static class ReferralsPolicies
{
    public const string Read = "referrals.read";

    public const string Manage = "referrals.manage";

    public const string Audit = "referrals.audit";

    /// <summary>Publishing the special-category counts on request: the consortium's administrator.</summary>
    public const string Publish = "referrals.publish";

    /// <summary>GOL assignments are the CPI's act: only a cpi-operator makes them.</summary>
    public const string Assign = "referrals.assign";

    public static readonly string[] Readers =
        [ReteRoles.ConsortiumAdmin, ReteRoles.Operator, ReteRoles.SocialWorker, ReteRoles.CpiOperator, ReteRoles.Partner, ReteRoles.Auditor];

    public static readonly string[] Managers =
        [ReteRoles.ConsortiumAdmin, ReteRoles.Operator, ReteRoles.SocialWorker, ReteRoles.CpiOperator];

    public static readonly string[] Auditors = [ReteRoles.Auditor, ReteRoles.ConsortiumAdmin];

    /// <summary>Social workers see health and disability data (GDPR art. 9) of every file; case managers see it per person (SpecialCategoryAccess).</summary>
    public static bool SeesSpecialCategory(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(ReteRoles.SocialWorker);
}
