using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rete.Grants.Reports;

/// <summary>
/// One row per year: the decided grants that start in it (awarded, disbursed, total project cost, spending) and, for
/// readers who see budgets, that year's budgets (budgeted, stipends reserved, available).
/// </summary>
public static class YearReport
{
    public sealed record Row(
        int Year, int Grants, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending,
        decimal? Budgeted, decimal? StipendsReserved, decimal? Available);

    public static RouteHandlerBuilder MapYearReport(this RouteGroupBuilder group) =>
        group.MapGet("/by-year", HandleAsync).RequireAuthorization(GrantsPolicies.Read);

    private static async Task<Results<Ok<List<Row>>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        GrantsDbContext db, ClaimsPrincipal user, HttpRequest http, CancellationToken ct, int? from = null, int? to = null, string? format = null)
    {
        if (!ReportQuery.TryCreate(db, user, from, to, required: false, out var query, out var errors)
            | !ReportOutput.TryChooseCsv(http, format, out var csv, out var formatErrors))
        {
            return TypedResults.ValidationProblem(errors.Concat(formatErrors).ToDictionary(), title: "Richiesta non valida");
        }

        var rows = await RowsAsync(db, query, ct);
        return csv ? ReportOutput.Csv(rows, "contributi-per-anno.csv") : TypedResults.Ok(rows);
    }

    internal static async Task<List<Row>> RowsAsync(GrantsDbContext db, ReportQuery query, CancellationToken ct)
    {
        var grants = await query.Grants.SumByAsync(g => g.YearFrom, ct);
        var budgets = query.ShowsBudgets ? await db.SumByAsync(b => b.Year, query.From, query.To, ct) : [];
        return grants.Keys.Union(budgets.Keys).Order().Select(year =>
        {
            var g = grants.GetValueOrDefault(year, GrantFigures.Zero);
            var b = query.ShowsBudgets ? budgets.GetValueOrDefault(year, BudgetFigures.Zero) : null;
            return new Row(year, g.Grants, g.Awarded, g.Disbursed, g.TotalProjectCost, g.Spending, b?.Budgeted, b?.StipendsReserved, b?.Available);
        }).ToList();
    }
}
