using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Reports;

/// <summary>One row per funding source: its decided grants and, for readers who see budgets, its budgets' figures.</summary>
public static class SourceReport
{
    public sealed record Row(
        string Source, int Grants, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending,
        decimal? Budgeted, decimal? StipendsReserved, decimal? Available);

    public static RouteHandlerBuilder MapSourceReport(this RouteGroupBuilder group) =>
        group.MapGet("/by-source", HandleAsync).RequireAuthorization(GrantsPolicies.Read);

    private static async Task<Results<Ok<List<Row>>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        GrantsDbContext db, ClaimsPrincipal user, HttpRequest http, CancellationToken ct, int? from = null, int? to = null, string? format = null)
    {
        if (!ReportQuery.TryCreate(db, user, from, to, required: false, out var query, out var errors)
            | !ReportOutput.TryChooseCsv(http, format, out var csv, out var formatErrors))
        {
            return TypedResults.ValidationProblem(errors.Concat(formatErrors).ToDictionary(), title: "Richiesta non valida");
        }

        var byLine = await query.Grants.SumByAsync(g => g.BudgetLineId, ct);
        var lineIds = byLine.Keys.ToList();
        var sourceOfLine = await (from l in db.BudgetLines
                                  join b in db.Budgets on l.BudgetId equals b.Id
                                  where lineIds.Contains(l.Id)
                                  select new { l.Id, b.Source }).ToDictionaryAsync(x => x.Id, x => x.Source, ct);
        var grants = byLine.GroupBy(x => sourceOfLine[x.Key])
            .ToDictionary(x => x.Key, x => x.Aggregate(GrantFigures.Zero, (sum, next) => sum.Plus(next.Value)));
        var budgets = query.ShowsBudgets ? await db.SumByAsync(b => b.Source, query.From, query.To, ct) : [];

        var rows = grants.Keys.Union(budgets.Keys).Order().Select(source =>
        {
            var g = grants.GetValueOrDefault(source, GrantFigures.Zero);
            var b = query.ShowsBudgets ? budgets.GetValueOrDefault(source, BudgetFigures.Zero) : null;
            return new Row(EnumText.Name(source), g.Grants, g.Awarded, g.Disbursed, g.TotalProjectCost, g.Spending, b?.Budgeted, b?.StipendsReserved, b?.Available);
        }).ToList();
        return csv ? ReportOutput.Csv(rows, "contributi-per-fonte.csv") : TypedResults.Ok(rows);
    }
}
