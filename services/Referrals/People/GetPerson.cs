using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.Referrals.Protection;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.People;

public static class GetPerson
{
    public static RouteHandlerBuilder MapGetPerson(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("GetPerson").WithSummary("Scheda di una persona (ogni lettura è registrata nel registro degli accessi)");

    private static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ReferralsDbContext db, PersonalDataProtector protector, AccessRecorder access, ClaimsPrincipal user, TimeProvider clock,
        HttpResponse response, CancellationToken ct, string? reason = null)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return Problems.NotFound("Persona non trovata.");
        }

        // The case manager of a consented referral reads the file even from a partner organisation or another municipality.
        var caseManager = await db.IsConsentedCaseManagerAsync(user, person.Id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        if (!caseManager && !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var special = caseManager || ReferralsPolicies.SeesSpecialCategory(user);
        access.Record(person.Id, special ? "scheda con dati particolari" : "scheda", reason);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, person.Version);
        return TypedResults.Ok(person.ToResponse(protector, special));
    }
}
