using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.People;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Referrals.Referrals;

/// <summary>
/// Sends a person to another organisation. The receiver must be active in the Registry, and the person's consent to
/// be shared with it for referrals must be in force at this moment: a withdrawn or expired consent stops it. A referral
/// entered after the fact needs the consent to have been in force on the day it declares too.
/// </summary>
public static class SendReferral
{
    public static RouteHandlerBuilder MapSendReferral(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<SendReferralRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("SendReferral").WithSummary("Invia una persona a un'altra organizzazione (serve il consenso in vigore)");

    private static async Task<Results<Created<ReferralResponse>, ProblemHttpResult>> HandleAsync(
        SendReferralRequest request, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var (personId, from, to) = (request.PersonId!.Value, request.FromOrganisationId!.Value, request.ToOrganisationId!.Value);
        if (!user.ActsFor(from))
        {
            return Problems.Forbidden("Si possono inviare persone solo per la propria organizzazione.");
        }

        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var receiver = await db.FindKnownOrganisationAsync(to, ct);
        if (receiver is not { IsActive: true })
        {
            return Problems.Conflict("receiver-not-active", "L'organizzazione destinataria non è attiva nell'anagrafe della rete.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var sentOn = request.SentAt is { } declared && declared < now ? DateOnly.FromDateTime(declared.UtcDateTime) : today;
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId && c.Purpose == "referral").ToListAsync(ct);
        if (consents.FirstOrDefault(c => c.Allows("referral", to, sentOn) && c.Allows("referral", to, today)) is not { } consent)
        {
            return Problems.Conflict("no-consent", "La persona non ha un consenso in vigore a essere segnalata a questa organizzazione.");
        }

        var referral = Referral.Send(db.CurrentTenantId!, personId, from, to, request.Programme, request.Reason, request.Priority ?? "normal",
            consent.Id, user.Subject(), request.SentAt, now);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, referral.Version);
        return TypedResults.Created($"/api/referrals/referrals/{referral.Id}", ReferralResponse.From(referral));
    }
}
