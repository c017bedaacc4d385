using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.People;

/// <summary>One step of a person's story: what happened, when, between which organisations.</summary>
public sealed record PathwayStep(DateTimeOffset At, string Kind, string Event, Guid Id, Guid? FromOrganisationId, Guid? ToOrganisationId, string? Detail);

/// <summary>A person's pathway in order: referrals, GOL assignments and placements, each with its steps.</summary>
public static class GetPathway
{
    public static RouteHandlerBuilder MapGetPathway(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/pathway", HandleAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("PersonPathway").WithSummary("Il percorso della persona in ordine: segnalazioni, assegnazioni GOL e tirocini");

    private static async Task<Results<Ok<IReadOnlyList<PathwayStep>>, ProblemHttpResult>> HandleAsync(
        Guid id, ReferralsDbContext db, AccessRecorder access, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var steps = await Steps(db, id, ct);
        access.Record(id, "percorso", null);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(steps);
    }

    internal static async Task<IReadOnlyList<PathwayStep>> Steps(ReferralsDbContext db, Guid personId, CancellationToken ct)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(ct);
        var assignments = await db.GolAssignments.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(ct);
        var steps = new List<PathwayStep>();
        foreach (var r in referrals)
        {
            steps.Add(new(r.SentAt, "referral", "sent", r.Id, r.FromOrganisationId, r.ToOrganisationId, r.Programme));
            Add(r.AcceptedAt, "accepted", null);
            Add(r.RejectedAt, "rejected", r.RejectionReasonCode);
            Add(r.WithdrawnAt, "withdrawn", null);
            Add(r.ClosedAt, "closed", r.Outcome);

            void Add(DateTimeOffset? at, string what, string? detail)
            {
                if (at is { } when)
                {
                    steps.Add(new(when, "referral", what, r.Id, r.FromOrganisationId, r.ToOrganisationId, detail));
                }
            }
        }

        foreach (var a in assignments)
        {
            steps.Add(new(Day(a.AssignedOn), "golAssignment", "assigned", a.Id, a.CpiOrganisationId, a.OperatorOrganisationId, $"pathway{a.Pathway}"));
            if (a.ClosedOn is { } closed)
            {
                steps.Add(new(Day(closed), "golAssignment", "closed", a.Id, a.CpiOrganisationId, a.OperatorOrganisationId, a.Outcome));
            }
        }

        var placements = db.PlacementSteps.Where(s => s.PersonId == personId).Select(s => s.PlacementId);
        foreach (var s in await db.PlacementSteps.AsNoTracking().Where(s => placements.Contains(s.PlacementId))
            .OrderBy(s => s.At).ThenBy(s => s.Version).ToListAsync(ct))
        {
            steps.Add(new(s.At, "placement", s.Event, s.PlacementId, s.PromotingOrganisationId, s.HostOrganisationId, s.Detail));
        }

        // Stable: steps of one placement on the same instant keep the order of its versions.
        return steps.OrderBy(s => s.At).ThenBy(s => s.Id).ToList();
    }

    private static DateTimeOffset Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
