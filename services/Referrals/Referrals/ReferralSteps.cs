using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.Referrals;

/// <summary>
/// The steps after sending: the receiver accepts (naming a case manager) or rejects with a reason code, the sender
/// withdraws, the receiver closes an accepted referral with an outcome. Each takes If-Match; a step out of order, or
/// dated before the step it follows, is a 409.
/// </summary>
public static class ReferralSteps
{
    public static RouteGroupBuilder MapReferralSteps(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/accept", (Guid id, AcceptReferralRequest body, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                StepAsync(id, db, user, http, r => r.ToOrganisationId, r => r.Accept(body.CaseManagerId.Trim(), body.AcceptedAt, clock.GetUtcNow()), ct))
            .Validate<AcceptReferralRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("AcceptReferral").WithSummary("Prende in carico la persona, indicando il case manager");
        group.MapPost("/{id:guid}/reject", (Guid id, RejectReferralRequest body, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                StepAsync(id, db, user, http, r => r.ToOrganisationId, r => r.Reject(body.ReasonCode, body.RejectedAt, clock.GetUtcNow()), ct))
            .Validate<RejectReferralRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("RejectReferral").WithSummary("Respinge la segnalazione con un codice di motivo");
        group.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawReferralRequest? body, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                StepAsync(id, db, user, http, r => r.FromOrganisationId, r => r.Withdraw(body?.WithdrawnAt, clock.GetUtcNow()), ct))
            .Validate<WithdrawReferralRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("WithdrawReferral").WithSummary("Ritira la segnalazione (chi l'ha inviata)");
        group.MapPost("/{id:guid}/close", (Guid id, CloseReferralRequest body, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                StepAsync(id, db, user, http, r => r.ToOrganisationId, r => r.Close(body.Outcome, body.ClosedAt, clock.GetUtcNow()), ct))
            .Validate<CloseReferralRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("CloseReferral").WithSummary("Chiude una presa in carico con il suo esito");
        return group;
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> StepAsync(
        Guid id, ReferralsDbContext db, ClaimsPrincipal user, HttpContext http,
        Func<Referral, Guid> actor, Action<Referral> step, CancellationToken ct)
    {
        var referral = await db.Referrals.AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || !(user.ActsFor(referral.FromOrganisationId) || user.ActsFor(referral.ToOrganisationId)))
        {
            return Problems.NotFound("Segnalazione non trovata.");
        }

        if (!user.ActsFor(actor(referral)))
        {
            return Problems.Forbidden("Questo passaggio spetta all'altra organizzazione.");
        }

        if (ETags.Precondition(http.Request, referral.Version) is { } precondition)
        {
            return precondition;
        }

        step(referral);
        await db.SaveChangesAsync(ct);
        ETags.Set(http.Response, referral.Version);
        return TypedResults.Ok(ReferralResponse.From(referral));
    }
}
