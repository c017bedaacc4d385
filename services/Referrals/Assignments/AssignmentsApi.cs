using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.Referrals;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.Assignments;

public static class AssignmentsApi
{
    public static RouteGroupBuilder MapAssignmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/assignments").WithTags("Assegnazioni GOL");
        group.MapAssignPerson();
        group.MapGet("/", ListAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("ListAssignments").WithSummary("Assegnazioni GOL di un'organizzazione (CPI, operatore o servizi sociali)");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("GetAssignment").WithSummary("Un'assegnazione GOL, con la versione (ETag) da indicare per chiuderla");
        group.MapPost("/{id:guid}/close", CloseAsync).Validate<CloseAssignmentRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("CloseAssignment").WithSummary("Chiude un'assegnazione GOL con il suo esito");
        return api;
    }

    private static async Task<Results<Ok<Page<AssignmentResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ReferralsDbContext db, ClaimsPrincipal user, CancellationToken ct, Guid? organisationId = null, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        if ((organisationId ?? user.OrganisationIdClaim()) is not { } org)
        {
            return Problems.Invalid("organisationId", "Indicare l'organizzazione.");
        }

        if (!user.ActsFor(org))
        {
            return Problems.Forbidden("Si vedono solo le assegnazioni della propria organizzazione.");
        }

        var query = db.GolAssignments.Where(a => a.CpiOrganisationId == org || a.OperatorOrganisationId == org || a.SocialServicesOrganisationId == org);
        return TypedResults.Ok(await query.ToPageAsync(page, AssignmentResponse.From, ct));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ReferralsDbContext db, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var assignment = await db.GolAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null || !(user.ActsFor(assignment.CpiOrganisationId) || user.ActsFor(assignment.OperatorOrganisationId)
            || (assignment.SocialServicesOrganisationId is { } social && user.ActsFor(social))))
        {
            return Problems.NotFound("Assegnazione non trovata.");
        }

        ETags.Set(response, assignment.Version);
        return TypedResults.Ok(AssignmentResponse.From(assignment));
    }

    private static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> CloseAsync(
        Guid id, CloseAssignmentRequest request, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var assignment = await db.GolAssignments.AsTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null || !(user.ActsFor(assignment.CpiOrganisationId) || user.ActsFor(assignment.OperatorOrganisationId)))
        {
            return Problems.NotFound("Assegnazione non trovata.");
        }

        if (ETags.Precondition(http.Request, assignment.Version) is { } precondition)
        {
            return precondition;
        }

        var now = clock.GetUtcNow();
        assignment.Close(request.Outcome, request.ClosedOn ?? DateOnly.FromDateTime(now.UtcDateTime), now);
        await db.SaveChangesAsync(ct);
        ETags.Set(http.Response, assignment.Version);
        return TypedResults.Ok(AssignmentResponse.From(assignment));
    }
}
