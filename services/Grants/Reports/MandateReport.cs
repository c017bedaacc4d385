using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rete.Grants.Reports;

/// <summary>
/// A mandate (bilancio di mandato), <c>?from=2006&amp;to=2010</c>: every decided grant whose period starts in those years
/// counts in full, with its spending (the project's total cost where given, else the award), plus the stipends reserved
/// on those years' budgets. <c>total</c> = spending + stipends.
/// </summary>
public static class MandateReport
{
    public const string Rule =
        "Ogni contributo deliberato conta per intero nel mandato in cui comincia il suo periodo, con la spesa complessiva del " +
        "progetto se indicata, altrimenti con il contributo (per un contributo revocato, quanto erogato); si aggiungono le borse " +
        "lavoro prenotate sui bilanci degli stessi anni.";

    public sealed record Row(
        string Period, int Grants, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending, decimal? StipendsReserved, decimal Total);

    public sealed record Report(int From, int To, string Rule, Row Totals, IReadOnlyList<Row> Years);

    public static RouteHandlerBuilder MapMandateReport(this RouteGroupBuilder group) =>
        group.MapGet("/mandate", HandleAsync).RequireAuthorization(GrantsPolicies.Read);

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        GrantsDbContext db, ClaimsPrincipal user, HttpRequest http, CancellationToken ct, int? from = null, int? to = null, string? format = null)
    {
        if (!ReportQuery.TryCreate(db, user, from, to, required: true, out var query, out var errors)
            | !ReportOutput.TryChooseCsv(http, format, out var csv, out var formatErrors))
        {
            return TypedResults.ValidationProblem(errors.Concat(formatErrors).ToDictionary(), title: "Richiesta non valida");
        }

        var years = (await YearReport.RowsAsync(db, query, ct)).Select(y => new Row(
            y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Grants, y.Awarded, y.Disbursed, y.TotalProjectCost,
            y.Spending, y.StipendsReserved, y.Spending + (y.StipendsReserved ?? 0))).ToList();
        var totals = new Row($"{from}-{to}", years.Sum(y => y.Grants), years.Sum(y => y.Awarded), years.Sum(y => y.Disbursed),
            years.Sum(y => y.TotalProjectCost), years.Sum(y => y.Spending), query.ShowsBudgets ? years.Sum(y => y.StipendsReserved ?? 0) : null,
            years.Sum(y => y.Total));
        return csv
            ? ReportOutput.Csv(years.Append(totals), $"mandato-{from}-{to}.csv")
            : TypedResults.Ok(new Report(from!.Value, to!.Value, Rule, totals, years));
    }
}
