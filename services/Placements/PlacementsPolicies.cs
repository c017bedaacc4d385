using Rete.ServiceDefaults.Auth;

namespace Rete.Placements;

/// <summary>
/// Who may do what in Placements. Everyone but ops reads (a partner only the placements it hosts); the network's
/// workers propose and move placements; the host's tutor (a partner) records attendance of its own placements;
/// only those who pay stipends download the stipend list.
/// </summary>
public static class PlacementsPolicies
{
    public const string Read = RetePolicies.Read;

    public const string Manage = "placements.manage";

    public const string Attendance = "placements.attendance";

    public const string Pay = "placements.pay";

    public static readonly string[] Managers =
        [ReteRoles.ConsortiumAdmin, ReteRoles.Operator, ReteRoles.SocialWorker, ReteRoles.CpiOperator];

    public static readonly string[] Tutors = [.. Managers, ReteRoles.Partner];

    /// <summary>The municipality's payroll: consortium admins and the operators who prepare the payments.</summary>
    public static readonly string[] Payers = [ReteRoles.ConsortiumAdmin, ReteRoles.Operator];
}
