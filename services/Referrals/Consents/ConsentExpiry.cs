using Microsoft.EntityFrameworkCore;

namespace Rete.Referrals.Consents;

/// <summary>
/// Announces the consents of the context's tenant that ran out yesterday or before (ConsentExpired, once each);
/// a candidate who entered the bank under one of them leaves it (CandidateOptedOut, consentExpired).
/// </summary>
internal sealed class ConsentExpiry(ReferralsDbContext db, TimeProvider clock)
{
    private const int Batch = 500;

    public Task<int> AnnounceAsync(CancellationToken ct) => AnnounceAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);

    public async Task<int> AnnounceAsync(DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var announced = 0;
        while (true)
        {
            var expired = await db.Consents.AsTracking()
                .Where(c => c.ExpiryAnnouncedAt == null && c.WithdrawnOn == null && c.ExpiresOn != null && c.ExpiresOn < today)
                .OrderBy(c => c.Id).Take(Batch).ToListAsync(ct);
            if (expired.Count == 0)
            {
                return announced;
            }

            var bankConsents = expired.Where(c => c.Purpose == "candidateBank").Select(c => c.Id).ToList();
            var candidates = await db.Candidates.AsTracking()
                .Where(c => c.InBank && bankConsents.Contains(c.ConsentId)).ToListAsync(ct);
            foreach (var consent in expired)
            {
                consent.AnnounceExpiry(today, now);
            }

            foreach (var candidate in candidates)
            {
                candidate.Leave("consentExpired", now);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            announced += expired.Count;
        }
    }
}
