using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.People;
using Rete.Referrals.Referrals;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Referrals.Assignments;

/// <summary>
/// A CPI operator assigns a person to an operator for a GOL pathway. The operator must be active and hold a
/// Servizi al Lavoro accreditation in force on the day of the assignment (from Registry's accreditation events).
/// </summary>
public static class AssignPerson
{
    public static RouteHandlerBuilder MapAssignPerson(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<AssignRequest>().RequireAuthorization(ReferralsPolicies.Assign)
            .WithName("AssignPerson").WithSummary("Assegna una persona a un operatore accreditato per un percorso GOL (1-4)");

    private static async Task<Results<Created<AssignmentResponse>, ProblemHttpResult>> HandleAsync(
        AssignRequest request, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var (personId, cpi, operatorId) = (request.PersonId!.Value, request.CpiOrganisationId!.Value, request.OperatorOrganisationId!.Value);
        if (!user.ActsFor(cpi))
        {
            return Problems.Forbidden("Si assegna solo per il proprio Centro per l'impiego.");
        }

        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var now = clock.GetUtcNow();
        var on = request.AssignedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (await db.FindKnownOrganisationAsync(operatorId, ct) is not { IsActive: true })
        {
            return Problems.Conflict("operator-not-active", "L'operatore non è attivo nell'anagrafe della rete.");
        }

        var accreditation = await db.KnownAccreditations().AsNoTracking()
            .Where(a => a.OrganisationId == operatorId && a.Kind == KnownAccreditation.ServicesForWork)
            .Where(KnownAccreditation.InForceOn(on)).OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
        if (accreditation is null)
        {
            return Problems.Conflict("not-accredited", $"L'operatore non ha un accreditamento per i Servizi al Lavoro in vigore il {on:dd/MM/yyyy}.");
        }

        var assignment = GolAssignment.Assign(db.CurrentTenantId!, personId, cpi, operatorId, accreditation.Id, request.Pathway!.Value,
            request.SocialServicesOrganisationId, on, user.Subject(), now);
        db.GolAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, assignment.Version);
        return TypedResults.Created($"/api/referrals/assignments/{assignment.Id}", AssignmentResponse.From(assignment));
    }
}
