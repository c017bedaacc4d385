using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.Referrals;

/// <summary>An organisation's incoming and outgoing queues, optionally by status; and one referral.</summary>
public static class ListReferrals
{
    public static RouteGroupBuilder MapListReferrals(this RouteGroupBuilder group)
    {
        group.MapGet("/incoming", (Guid? organisationId, string? status, int? limit, string? cursor, ReferralsDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
                QueueAsync(db, user, organisationId, status, limit, cursor, incoming: true, ct))
            .RequireAuthorization(ReferralsPolicies.Read).WithName("IncomingReferrals").WithSummary("Segnalazioni ricevute da un'organizzazione");
        group.MapGet("/outgoing", (Guid? organisationId, string? status, int? limit, string? cursor, ReferralsDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
                QueueAsync(db, user, organisationId, status, limit, cursor, incoming: false, ct))
            .RequireAuthorization(ReferralsPolicies.Read).WithName("OutgoingReferrals").WithSummary("Segnalazioni inviate da un'organizzazione");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("GetReferral").WithSummary("Una segnalazione, con gli orari di ogni passaggio");
        return group;
    }

    private static readonly string[] Statuses = [Referral.Sent, Referral.Accepted, Referral.Rejected, Referral.Withdrawn, Referral.Closed];

    private static async Task<Results<Ok<Page<ReferralResponse>>, ValidationProblem, ProblemHttpResult>> QueueAsync(
        ReferralsDbContext db, ClaimsPrincipal user, Guid? organisationId, string? status, int? limit, string? cursor, bool incoming, CancellationToken ct)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        if ((organisationId ?? user.OrganisationIdClaim()) is not { } org)
        {
            return Problems.Invalid("organisationId", "Indicare l'organizzazione.");
        }

        if (status is not null && !Statuses.Contains(status))
        {
            return Problems.Invalid("status", "Stato sconosciuto: sent, accepted, rejected, withdrawn o closed.");
        }

        if (!user.ActsFor(org))
        {
            return Problems.Forbidden("Si vedono solo le code della propria organizzazione.");
        }

        var query = incoming ? db.Referrals.Where(r => r.ToOrganisationId == org) : db.Referrals.Where(r => r.FromOrganisationId == org);
        if (status is not null)
        {
            query = query.Where(r => r.Status == status);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, ReferralResponse.From, ct));
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ReferralsDbContext db, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || !(user.ActsFor(referral.FromOrganisationId) || user.ActsFor(referral.ToOrganisationId)))
        {
            return Problems.NotFound("Segnalazione non trovata.");
        }

        ETags.Set(response, referral.Version);
        return TypedResults.Ok(ReferralResponse.From(referral));
    }
}
