using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.Referrals;
using Rete.ServiceDefaults.Auth;

namespace Rete.Referrals.People;

/// <summary>
/// Who may read a person's health and disability data (GDPR art. 9): a social worker, or the case manager named
/// when their organisation accepted a referral of the person, while the consent that referral relied on is in force.
/// </summary>
internal static class SpecialCategoryAccess
{
    /// <summary>The caller is the case manager of an accepted referral of the person whose consent still allows it today.</summary>
    public static async Task<bool> IsConsentedCaseManagerAsync(
        this ReferralsDbContext db, ClaimsPrincipal user, Guid personId, DateOnly today, CancellationToken ct)
    {
        if (user.OrganisationIdClaim() is not { } organisation)
        {
            return false;
        }

        var subject = user.Subject();
        var consentIds = await db.Referrals.AsNoTracking()
            .Where(r => r.PersonId == personId && r.Status == Referral.Accepted && r.CaseManagerId == subject && r.ToOrganisationId == organisation)
            .Select(r => r.ConsentId).ToListAsync(ct);
        if (consentIds.Count == 0)
        {
            return false;
        }

        var consents = await db.Consents.AsNoTracking().Where(c => consentIds.Contains(c.Id)).ToListAsync(ct);
        return consents.Any(c => c.Allows("referral", organisation, today));
    }
}
