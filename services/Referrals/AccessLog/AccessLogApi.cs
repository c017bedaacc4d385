using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.People;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.AccessLog;

public sealed record AccessEntryResponse(Guid Id, Guid PersonId, string Subject, IReadOnlyList<string> Roles, Guid? OrganisationId, DateTimeOffset At, string What, string? Why)
{
    public static AccessEntryResponse From(AccessEntry a) => new(a.Id, a.PersonId, a.Subject, a.Roles, a.OrganisationId, a.At, a.What, a.Why);
}

/// <summary>"Who read my file": a person's accesses for the operators who may see the person, and every access for auditors.</summary>
public static class AccessLogApi
{
    public static RouteGroupBuilder MapAccessLogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{id:guid}/access-log", PersonAsync).RequireAuthorization(ReferralsPolicies.Read).WithTags("Registro accessi")
            .WithName("PersonAccessLog").WithSummary("Chi ha letto la scheda della persona");
        api.MapGet("/access-log", AllAsync).RequireAuthorization(ReferralsPolicies.Audit).WithTags("Registro accessi")
            .WithName("AccessLog").WithSummary("Registro degli accessi di tutte le persone (revisori)");
        return api;
    }

    private static async Task<Results<Ok<Page<AccessEntryResponse>>, ValidationProblem, ProblemHttpResult>> PersonAsync(
        Guid id, ReferralsDbContext db, ClaimsPrincipal user, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        return TypedResults.Ok(await db.AccessLog.Where(a => a.PersonId == id).ToPageAsync(page, AccessEntryResponse.From, ct));
    }

    private static async Task<Results<Ok<Page<AccessEntryResponse>>, ValidationProblem>> AllAsync(
        ReferralsDbContext db, CancellationToken ct, string? subject = null, Guid? organisationId = null, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var query = db.AccessLog.AsQueryable();
        if (!string.IsNullOrWhiteSpace(subject))
        {
            query = query.Where(a => a.Subject == subject);
        }

        if (organisationId is { } org)
        {
            query = query.Where(a => a.OrganisationId == org);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, AccessEntryResponse.From, ct));
    }
}
