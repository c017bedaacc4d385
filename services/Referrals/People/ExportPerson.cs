using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.Referrals.Assignments;
using Rete.Referrals.Consents;
using Rete.Referrals.Protection;
using Rete.Referrals.Referrals;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.People;

/// <summary>Everything held about a person (GDPR art. 15), special-category data included: the copy is for the person.</summary>
public sealed record PersonExport(
    DateTimeOffset ExportedAt, PersonResponse Person, SpecialCategoryData? SpecialCategory, IReadOnlyList<ConsentResponse> Consents,
    IReadOnlyList<ReferralResponse> Referrals, IReadOnlyList<AssignmentResponse> GolAssignments, IReadOnlyList<AccessEntryResponse> AccessLog);

public static class ExportPerson
{
    public static RouteHandlerBuilder MapExportPerson(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/export", HandleAsync).RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("ExportPerson").WithSummary("Copia di tutti i dati della persona (art. 15 GDPR); l'esportazione è registrata");

    private static async Task<Results<Ok<PersonExport>, ProblemHttpResult>> HandleAsync(
        Guid id, ReferralsDbContext db, PersonalDataProtector protector, AccessRecorder access, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        access.Record(id, "copia dei dati (art. 15)", null);
        await db.SaveChangesAsync(ct);
        var export = new PersonExport(
            clock.GetUtcNow(),
            person.ToResponse(protector, withSpecialCategory: true),
            person.OpenSpecialCategory(protector),
            (await db.Consents.AsNoTracking().Where(c => c.PersonId == id).OrderBy(c => c.Id).ToListAsync(ct)).Select(ConsentResponse.From).ToList(),
            (await db.Referrals.AsNoTracking().Where(r => r.PersonId == id).OrderBy(r => r.Id).ToListAsync(ct)).Select(ReferralResponse.From).ToList(),
            (await db.GolAssignments.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.Id).ToListAsync(ct)).Select(AssignmentResponse.From).ToList(),
            (await db.AccessLog.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.Id).ToListAsync(ct)).Select(AccessEntryResponse.From).ToList());
        return TypedResults.Ok(export);
    }
}
