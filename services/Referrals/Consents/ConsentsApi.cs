using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.People;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.Consents;

public static class ConsentsApi
{
    public static RouteGroupBuilder MapConsentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Consensi");
        group.MapPost("/people/{id:guid}/consents", GiveAsync).Validate<ConsentRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("GiveConsent").WithSummary("Registra un consenso della persona (finalità, destinatari, date, chi firma)");
        group.MapGet("/people/{id:guid}/consents", ListAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("ListConsents").WithSummary("Consensi della persona");
        group.MapGet("/people/{id:guid}/consents/{consentId:guid}", GetAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("GetConsent").WithSummary("Un consenso della persona, con la versione (ETag) da indicare per revocarlo");
        group.MapPost("/people/{id:guid}/consents/{consentId:guid}/withdraw", WithdrawAsync).RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("WithdrawConsent").WithSummary("Revoca un consenso: da quel giorno non si condivide più");
        group.MapGet("/consents/expiring", ExpiringAsync).RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("ExpiringConsents").WithSummary("Consensi in scadenza nei prossimi giorni");
        return api;
    }

    private static async Task<Results<Created<ConsentResponse>, ProblemHttpResult>> GiveAsync(
        Guid id, ConsentRequest request, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var consent = Consent.Give(db.CurrentTenantId!, id, request.Purpose, request.RecipientOrganisationIds ?? [], request.GivenOn!.Value,
            request.ExpiresOn, request.SignedBy, clock.GetUtcNow());
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, consent.Version);
        return TypedResults.Created($"/api/referrals/people/{id}/consents/{consent.Id}", ConsentResponse.From(consent));
    }

    private static async Task<Results<Ok<IReadOnlyList<ConsentResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, ReferralsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == id).OrderBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<ConsentResponse>>(consents.Select(ConsentResponse.From).ToList());
    }

    private static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, Guid consentId, ReferralsDbContext db, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var consent = await db.Consents.AsNoTracking().FirstOrDefaultAsync(c => c.Id == consentId && c.PersonId == id, ct);
        if (consent is null || person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Consenso non trovato.");
        }

        ETags.Set(response, consent.Version);
        return TypedResults.Ok(ConsentResponse.From(consent));
    }

    private static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid consentId, WithdrawConsentRequest? request, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock,
        HttpRequest httpRequest, HttpResponse response, CancellationToken ct)
    {
        var consent = await db.Consents.AsTracking().FirstOrDefaultAsync(c => c.Id == consentId && c.PersonId == id, ct);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (consent is null || person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Consenso non trovato.");
        }

        if (ETags.Precondition(httpRequest, consent.Version) is { } precondition)
        {
            return precondition;
        }

        var now = clock.GetUtcNow();
        consent.Withdraw(request?.WithdrawnOn ?? DateOnly.FromDateTime(now.UtcDateTime), now);
        if (consent.Purpose == "candidateBank"
            && await db.Candidates.AsTracking().FirstOrDefaultAsync(c => c.Id == id && c.InBank && c.ConsentId == consent.Id, ct) is { } candidate)
        {
            candidate.Leave("consentWithdrawn", now);
        }

        await db.SaveChangesAsync(ct);
        ETags.Set(response, consent.Version);
        return TypedResults.Ok(ConsentResponse.From(consent));
    }

    private static async Task<Ok<IReadOnlyList<ConsentResponse>>> ExpiringAsync(
        ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct, int days = 30)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays(Math.Clamp(days, 1, 366));
        // Only the consents of people the user may see: a token scoped to municipalities sees their residents'.
        var visible = db.People.Visible(user).Select(p => p.Id);
        var consents = await db.Consents.AsNoTracking()
            .Where(c => visible.Contains(c.PersonId))
            .Where(c => c.WithdrawnOn == null && c.ExpiresOn != null && c.ExpiresOn >= today && c.ExpiresOn <= until)
            .OrderBy(c => c.ExpiresOn).Take(500).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<ConsentResponse>>(consents.Select(ConsentResponse.From).ToList());
    }
}
