using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Awards;

/// <summary>Lists and reads grants with their amendments and disbursements; a partner sees only its own organisation's.</summary>
public static class ReadGrants
{
    public static RouteGroupBuilder MapReadGrants(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(GrantsPolicies.Read);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(GrantsPolicies.Read);
        return group;
    }

    private static async Task<Results<Ok<Page<GrantResponse>>, ValidationProblem>> ListAsync(
        GrantsDbContext db, ClaimsPrincipal user, CancellationToken ct, int? year = null, string? status = null,
        Guid? beneficiaryId = null, Guid? budgetLineId = null, int? limit = null, string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Grants.Include(g => g.Amendments).Include(g => g.Disbursements).AsSplitQuery().VisibleTo(user);
        if (year is not null)
        {
            // A grant belongs to every year of its period.
            query = query.Where(g => g.YearFrom <= year && year <= g.YearTo);
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (EnumText.TryParse<GrantStatus>(status, out var s))
            {
                query = query.Where(g => g.Status == s);
            }
            else
            {
                errors["status"] = [$"Valore non ammesso. Valori possibili: {EnumText.Names<GrantStatus>()}."];
            }
        }

        if (beneficiaryId is not null)
        {
            query = query.Where(g => g.BeneficiaryId == beneficiaryId);
        }

        if (budgetLineId is not null)
        {
            query = query.Where(g => g.BudgetLineId == budgetLineId);
        }

        var page = PageRequest.Parse(limit, cursor, errors);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        return TypedResults.Ok(await query.ToPageAsync(page, GrantResponse.From, ct));
    }

    private static async Task<Results<Ok<GrantResponse>, ProblemHttpResult>> GetAsync(
        Guid id, GrantsDbContext db, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var grant = await db.Grants.AsNoTracking().Include(g => g.Amendments).Include(g => g.Disbursements).AsSplitQuery()
            .VisibleTo(user).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (grant is null)
        {
            return Problems.NotFound("Contributo non trovato.");
        }

        ETags.Set(response, grant.Version);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
