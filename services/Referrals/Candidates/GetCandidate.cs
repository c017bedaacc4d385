using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.Referrals.People;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.Candidates;

/// <summary>
/// A person's entry in the candidate bank, for the managers who enter and remove it (the same policy as the bank's
/// writes). The profile (CV, skills) is the person's data: every read is recorded in the access log, as the file's are.
/// </summary>
public static class GetCandidate
{
    public static RouteHandlerBuilder MapGetCandidate(this RouteGroupBuilder group) =>
        group.MapGet("/{personId:guid}", HandleAsync).RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("GetCandidate").WithSummary("Il profilo della persona nella banca dei candidati, se vi è (la lettura è registrata)");

    private static async Task<Results<Ok<CandidateResponse>, ProblemHttpResult>> HandleAsync(
        Guid personId, ReferralsDbContext db, AccessRecorder access, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == personId && c.InBank, ct);
        if (candidate is null)
        {
            // Nothing of the person is revealed beyond what the file already says: no entry, nothing to record.
            return Problems.NotFound("La persona non è nella banca dei candidati.", "not-in-bank");
        }

        access.Record(personId, "banca dei candidati", null);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }
}
