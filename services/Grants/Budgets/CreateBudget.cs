using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Budgets;

/// <summary>Sets up a year's budget for one funding source, with its first lines. One budget per year and source.</summary>
public static class CreateBudget
{
    public static RouteHandlerBuilder MapCreateBudget(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<CreateBudgetRequest>().RequireAuthorization(GrantsPolicies.Admin);

    private static async Task<Results<Created<BudgetResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateBudgetRequest request, GrantsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var year = request.Year!.Value;
        var source = request.Source!.Value;
        if (await db.Budgets.AnyAsync(b => b.Year == year && b.Source == source, ct))
        {
            return Problems.Conflict("budget-exists",
                $"Esiste già il bilancio {year} per la fonte {EnumText.Name(source)}: aggiungere le voci a quello.");
        }

        var now = clock.GetUtcNow();
        var lines = (request.Lines ?? []).Select(l => (l.Kind!.Value, l.Name!, l.Amount!.Value));
        var budget = Budget.Create(db.CurrentTenantId!, year, source, request.Name, request.Notes, lines, now);

        db.Budgets.Add(budget);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, budget.Version);
        return TypedResults.Created($"/api/grants/budgets/{budget.Id}", BudgetResponse.From(budget));
    }
}
