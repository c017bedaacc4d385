using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Budgets;

/// <summary>
/// Adds a line to a budget, or changes a line's name and amount. Both honour If-Match on the budget. A line's
/// amount never drops below what is already awarded and reserved on it (checked with the line locked).
/// </summary>
public static class ChangeBudgetLines
{
    public static RouteGroupBuilder MapChangeBudgetLines(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/lines", AddAsync).Validate<BudgetLineRequest>().RequireAuthorization(GrantsPolicies.Admin);
        group.MapPut("/{id:guid}/lines/{lineId:guid}", ChangeAsync).Validate<ChangeBudgetLineRequest>().RequireAuthorization(GrantsPolicies.Admin);
        return group;
    }

    /// <summary>What both endpoints need, bound from DI and the request.</summary>
    public sealed record Context(
        GrantsDbContext Db, TimeProvider Clock, HttpRequest Request, HttpResponse Response, CancellationToken Cancellation);

    private static async Task<Results<Created<BudgetLineResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, BudgetLineRequest request, [AsParameters] Context c)
    {
        var budget = await c.Db.Budgets.Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == id, c.Cancellation);
        if (budget is null)
        {
            return Problems.NotFound("Bilancio non trovato.");
        }

        if (ETags.Precondition(c.Request, budget.Version) is { } precondition)
        {
            return precondition;
        }

        var now = c.Clock.GetUtcNow();
        var line = budget.AddLine(request.Kind!.Value, request.Name!, request.Amount!.Value, now);
        c.Db.BudgetLines.Add(line);
        await c.Db.SaveChangesAsync(c.Cancellation);

        ETags.Set(c.Response, budget.Version);
        return TypedResults.Created($"/api/grants/budgets/{budget.Id}", BudgetLineResponse.From(line));
    }

    private static async Task<Results<Ok<BudgetLineResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid lineId, ChangeBudgetLineRequest request, [AsParameters] Context c)
    {
        await using var transaction = await c.Db.Database.BeginTransactionAsync(c.Cancellation);
        var line = await c.Db.LockLineAsync(lineId, c.Cancellation);
        var budget = line is null ? null : await c.Db.Budgets.FirstOrDefaultAsync(b => b.Id == id && b.Id == line.BudgetId, c.Cancellation);
        if (line is null || budget is null)
        {
            return Problems.NotFound("Voce di bilancio non trovata.");
        }

        if (ETags.Precondition(c.Request, budget.Version) is { } precondition)
        {
            return precondition;
        }

        var now = c.Clock.GetUtcNow();
        budget.ChangeLine(line, request.Name!, request.Amount!.Value, now);
        await c.Db.SaveChangesAsync(c.Cancellation);
        await transaction.CommitAsync(c.Cancellation);

        ETags.Set(c.Response, budget.Version);
        return TypedResults.Ok(BudgetLineResponse.From(line));
    }
}
