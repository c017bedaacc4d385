using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Organisations;

/// <summary>
/// The organisations Grants can pay, as its read model holds them. A client (the seeder, a UI) polls
/// <c>GET /organisations/{id}</c> to know when an organisation registered in the Registry can receive grants here.
/// </summary>
public static class ReadOrganisations
{
    public static RouteGroupBuilder MapReadOrganisations(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(GrantsPolicies.Read);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(GrantsPolicies.Read);
        return group;
    }

    private static async Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem>> ListAsync(
        GrantsDbContext db, CancellationToken ct, string? status = null, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var query = db.Organisations.Where(o => o.DetailsVersion > 0);
        if (!string.IsNullOrWhiteSpace(status))
        {
            query = query.Where(o => o.Status == status);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, OrganisationResponse.From, ct));
    }

    private static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> GetAsync(
        Guid id, GrantsDbContext db, HttpResponse response, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return Problems.NotFound("Organizzazione non (ancora) nota a Grants.");
        }

        ETags.Set(response, organisation.Version);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }
}
