using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Budgets;

/// <summary>Budgets with each line's amount, awarded, reserved, disbursed and available money; not shown to partners.</summary>
public static class ReadBudgets
{
    public static RouteGroupBuilder MapReadBudgets(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(GrantsPolicies.ReadNetwork);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(GrantsPolicies.ReadNetwork);
        return group;
    }

    private static async Task<Results<Ok<Page<BudgetResponse>>, ValidationProblem>> ListAsync(
        GrantsDbContext db, CancellationToken ct, int? year = null, string? source = null, int? limit = null, string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Budgets.Include(b => b.Lines).AsQueryable();
        if (year is not null)
        {
            query = query.Where(b => b.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(source))
        {
            if (EnumText.TryParse<FundingSource>(source, out var s))
            {
                query = query.Where(b => b.Source == s);
            }
            else
            {
                errors["source"] = [$"Valore non ammesso. Valori possibili: {EnumText.Names<FundingSource>()}."];
            }
        }

        var page = PageRequest.Parse(limit, cursor, errors);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        return TypedResults.Ok(await query.ToPageAsync(page, BudgetResponse.From, ct));
    }

    private static async Task<Results<Ok<BudgetResponse>, ProblemHttpResult>> GetAsync(
        Guid id, GrantsDbContext db, HttpResponse response, CancellationToken ct)
    {
        var budget = await db.Budgets.AsNoTracking().Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (budget is null)
        {
            return Problems.NotFound("Bilancio non trovato.");
        }

        ETags.Set(response, budget.Version);
        return TypedResults.Ok(BudgetResponse.From(budget));
    }
}
