using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Auth;

namespace Rete.Placements.Placements;

/// <summary>
/// A partner (a host company or cooperative) sees and tutors only the placements it hosts (the token's <c>org</c>
/// claim); every other reader sees the tenant's placements.
/// </summary>
internal static class PlacementAccess
{
    public static bool SeesOnlyHosted(ClaimsPrincipal user) =>
        user.IsInRole(ReteRoles.Partner) && !ReteRoles.BusinessReaders.Any(r => r != ReteRoles.Partner && user.IsInRole(r));

    public static IQueryable<Placement> VisibleTo(this IQueryable<Placement> placements, ClaimsPrincipal user)
    {
        if (!SeesOnlyHosted(user))
        {
            return placements;
        }

        var organisation = user.OrganisationId();
        return organisation is null ? placements.Where(_ => false) : placements.Where(p => p.HostOrganisationId == organisation);
    }

    public static bool MaySee(ClaimsPrincipal user, Placement placement) =>
        !SeesOnlyHosted(user) || user.OrganisationId() == placement.HostOrganisationId;

    /// <summary>The placement with its months and follow-ups, tracked, if the user may see it.</summary>
    public static async Task<Placement?> FindForChangeAsync(this PlacementsDbContext db, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var placement = await db.Placements.AsTracking().Include(p => p.Attendance).Include(p => p.FollowUps).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        return placement is not null && MaySee(user, placement) ? placement : null;
    }
}
