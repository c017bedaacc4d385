using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.People;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.Candidates;

public sealed record CandidateRequest(string? Cv, IReadOnlyList<string>? Skills, int? HoursPerWeek, string? Mobility);

public sealed record CandidateResponse(Guid PersonId, string? District, string? Cv, IReadOnlyList<string> Skills, int HoursPerWeek, string Mobility, int Version)
{
    public static CandidateResponse From(Candidate c) => new(c.Id, c.District, c.Cv, c.Skills, c.HoursPerWeek, c.Mobility, c.Version);
}

internal sealed class CandidateRequestValidator : AbstractValidator<CandidateRequest>
{
    public CandidateRequestValidator()
    {
        RuleFor(r => r.Cv).MaximumLength(8000);
        RuleFor(r => r.Skills).Must(s => s is null || s.Count <= 50).WithMessage("Al massimo 50 competenze.");
        RuleForEach(r => r.Skills).NotEmpty().MaximumLength(100);
        RuleFor(r => r.HoursPerWeek).NotNull().InclusiveBetween(1, 48).WithMessage("Le ore settimanali vanno da 1 a 48.");
        RuleFor(r => r.Mobility).Must(m => m is null || Candidate.Mobilities.Contains(m))
            .WithMessage("Mobilità sconosciuta: none, publicTransport, car o anyDistrict.");
    }
}

/// <summary>
/// The candidate bank: a person enters it only with a "candidateBank" consent in force; a search for a host
/// company's need returns only people whose consent is still in force today, never anyone else.
/// </summary>
public static class CandidatesApi
{
    public static RouteGroupBuilder MapCandidatesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/candidates").WithTags("Banca dei candidati");
        group.MapPut("/{personId:guid}", PutAsync).Validate<CandidateRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("PutCandidate").WithSummary("Inserisce o aggiorna il profilo della persona nella banca dei candidati (serve il consenso)");
        group.MapGetCandidate();
        group.MapDelete("/{personId:guid}", LeaveAsync).RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("RemoveCandidate").WithSummary("Toglie la persona dalla banca dei candidati");
        group.MapGet("/", SearchAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("SearchCandidates").WithSummary("Cerca candidati per competenza, ore disponibili e mobilità");
        return api;
    }

    private static async Task<Results<Ok<CandidateResponse>, ProblemHttpResult>> PutAsync(
        Guid personId, CandidateRequest request, ReferralsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId && c.Purpose == "candidateBank").ToListAsync(ct);
        if (consents.FirstOrDefault(c => c.GivenOn <= today && (c.ExpiresOn == null || today <= c.ExpiresOn) && (c.WithdrawnOn == null || today < c.WithdrawnOn)) is not { } consent)
        {
            return Problems.Conflict("no-consent", "La persona non ha un consenso in vigore per la banca dei candidati.");
        }

        var candidate = await db.Candidates.AsTracking().FirstOrDefaultAsync(c => c.Id == personId, ct);
        if (candidate is null)
        {
            candidate = Candidate.OptIn(db.CurrentTenantId!, personId, consent.Id, person.District, now);
            db.Candidates.Add(candidate);
        }
        else
        {
            candidate.Enter(consent.Id, now);
        }

        candidate.Describe(request.Cv, request.Skills ?? [], request.HoursPerWeek!.Value, request.Mobility ?? "none", now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CandidateResponse.From(candidate));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(Guid personId, ReferralsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var candidate = await db.Candidates.AsTracking().FirstOrDefaultAsync(c => c.Id == personId, ct);
        if (candidate is null)
        {
            return Problems.NotFound("La persona non è nella banca dei candidati.");
        }

        candidate.Leave("personRequest", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Page<CandidateResponse>>, ValidationProblem>> SearchAsync(
        ReferralsDbContext db, TimeProvider clock, CancellationToken ct, string? skill = null, int? minHours = null, string? mobility = null,
        string? district = null, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The consent is checked again at every search: one withdrawn or expired since entering hides the person.
        var query = db.Candidates.Where(c => c.InBank && db.Consents.Any(k => k.PersonId == c.Id && k.Purpose == "candidateBank"
            && k.GivenOn <= today && (k.ExpiresOn == null || today <= k.ExpiresOn) && (k.WithdrawnOn == null || today < k.WithdrawnOn)));
        if (!string.IsNullOrWhiteSpace(skill))
        {
            var wanted = skill.Trim().ToLowerInvariant();
            query = query.Where(c => c.Skills.Contains(wanted));
        }

        if (minHours is { } hours)
        {
            query = query.Where(c => c.HoursPerWeek >= hours);
        }

        if (!string.IsNullOrWhiteSpace(mobility))
        {
            query = query.Where(c => c.Mobility == mobility);
        }

        if (!string.IsNullOrWhiteSpace(district))
        {
            query = query.Where(c => c.District == district);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, CandidateResponse.From, ct));
    }
}
