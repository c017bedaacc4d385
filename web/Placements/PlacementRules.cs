using System.Security.Claims;
using Rete.ServiceDefaults.Auth;
using Rete.Web.People;

namespace Rete.Web.Placements;

/// <summary>
/// What the API's rules allow, as Placements' PlacementsPolicies and Placement say: managers propose and move
/// placements, the hosting partner records attendance too; each step only from the states that accept it.
/// </summary>
public static class PlacementRules
{
    /// <summary>PlacementsPolicies.Managers, the same roles as Referrals' managers.</summary>
    public static bool MayManagePlacements(this ClaimsPrincipal user) => user.MayManagePeople();

    public static bool MayRecordAttendance(this ClaimsPrincipal user, Placement p) =>
        p.Status == "active" && (user.MayManagePlacements() || (user.IsInRole(ReteRoles.Partner) && user.OrganisationId() == p.HostOrganisationId));

    /// <summary>The steps offered, by the page's name for each, for the placement's state.</summary>
    public static IReadOnlyList<string> Steps(this ClaimsPrincipal user, Placement p)
    {
        if (!user.MayManagePlacements())
        {
            return user.MayRecordAttendance(p) ? ["presenze"] : [];
        }

        return p switch
        {
            { Status: "proposed", FundingRefusal: { Length: > 0 } } => ["finanziamento", "annulla"],
            { Status: "proposed" or "funded" } => p.Status == "funded" ? ["avvia", "annulla"] : ["annulla"],
            { Status: "active" } => ["presenze", "concludi", "interrompi"],
            { Ended: true, Outcome: null } => ["esito"],
            _ => [],
        };
    }

    /// <summary>A follow-up is recorded once, from its due day.</summary>
    public static bool MayRecord(this ClaimsPrincipal user, FollowUp f) =>
        user.MayManagePlacements() && f.RecordedOn is null && f.DueOn <= PeopleForms.Today;
}
