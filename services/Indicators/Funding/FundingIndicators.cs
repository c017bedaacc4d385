using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Figures;

namespace Rete.Indicators.Funding;

/// <summary>
/// Money by year and by funding source. A decided grant (not a draft) counts in full in the first year of its period,
/// as Grants' reports count it: its award, what was paid, the project's total cost and its spending (total cost where
/// given, else the award). Budgets (budgeted, stipends reserved, available = budgeted − awarded − reserved on each
/// line, never below zero) are the tenant's and are shown only for the whole tenant, not for a municipality or district.
/// A mandate's <c>total</c> is spending plus stipends reserved.
/// </summary>
public static class FundingIndicators
{
    public sealed record Row(
        string Key, int Grants, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending,
        decimal? Budgeted, decimal? StipendsReserved, decimal? Available, decimal Total);

    public sealed record Report(string Period, string Area, Row Totals, IReadOnlyList<Row> Years, IReadOnlyList<Row> Sources) : IFigureReport
    {
        public IEnumerable<FigureRow> Rows() =>
            Lines("totale", Totals)
                .Concat(Years.SelectMany(y => Lines("anno " + y.Key, y)))
                .Concat(Sources.SelectMany(s => Lines("fonte " + s.Key, s)));

        private static IEnumerable<FigureRow> Lines(string detail, Row r) =>
        [
            FigureRow.Of("Contributi deliberati", detail, r.Grants),
            FigureRow.Of("Importo assegnato (EUR)", detail, r.Awarded),
            FigureRow.Of("Importo erogato (EUR)", detail, r.Disbursed),
            FigureRow.Of("Spesa complessiva dei progetti (EUR)", detail, r.TotalProjectCost),
            FigureRow.Of("Spesa del mandato (EUR)", detail, r.Spending),
            FigureRow.Money("Bilancio stanziato (EUR)", detail, r.Budgeted),
            FigureRow.Money("Borse lavoro prenotate (EUR)", detail, r.StipendsReserved),
            FigureRow.Money("Disponibile (EUR)", detail, r.Available),
            FigureRow.Of("Totale (EUR)", detail, r.Total),
        ];
    }

    public static RouteHandlerBuilder MapFundingIndicators(this RouteGroupBuilder group) =>
        group.MapGet("/funding", HandleAsync)
            .WithName("FundingIndicators")
            .WithSummary("Risorse assegnate, erogate e disponibili per anno e per fonte");

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        IndicatorsDbContext db, HttpRequest http, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!FigureQuery.TryCreate(http, user, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var report = await ComputeAsync(db, query, ct);
        return query.Csv ? FigureOutput.Csv(report, "risorse.csv", query) : TypedResults.Ok(report);
    }

    private sealed record GrantRow(int Year, string Source, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending);

    private sealed record LineRow(int Year, string Source, decimal Amount, decimal Awarded, decimal Reserved);

    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, CancellationToken ct)
    {
        var (first, last) = (query.Period.FirstYear, query.Period.LastYear);
        var decided = db.Grants.AsNoTracking().Where(g => g.Status != GrantFigure.Draft && g.YearFrom != null);
        if (!query.Area.IsWholeTenant)
        {
            var inArea = db.Organisations.In(query.Area).Select(o => (Guid?)o.Id);
            decided = decided.Where(g => inArea.Contains(g.BeneficiaryId));
        }

        var grants = await (
            from g in decided.Where(g => g.YearFrom >= first && g.YearFrom <= last)
            join l in db.BudgetLines on g.BudgetLineId equals l.Id into lines
            from l in lines.DefaultIfEmpty()
            select new GrantRow(g.YearFrom!.Value, l == null ? "" : l.Source, g.Awarded, g.Disbursed,
                g.Status == GrantFigure.Revoked ? 0 : g.TotalProjectCost ?? 0, g.Spending)).ToListAsync(ct);

        List<LineRow>? budget = null;
        if (query.Area.IsWholeTenant)
        {
            budget = await (
                from l in db.BudgetLines.AsNoTracking().Where(l => l.Year >= first && l.Year <= last)
                select new LineRow(l.Year, l.Source, l.Amount,
                    db.Grants.Where(g => g.BudgetLineId == l.Id && g.Status != GrantFigure.Draft).Sum(g => (decimal?)g.Awarded) ?? 0,
                    db.Reservations.Where(r => r.BudgetLineId == l.Id).Sum(r => (decimal?)r.Committed) ?? 0)).ToListAsync(ct);
        }

        var years = grants.Select(g => g.Year).Union(budget?.Select(b => b.Year) ?? []).Order()
            .Select(y => Sum(y.ToString(CultureInfo.InvariantCulture), grants.Where(g => g.Year == y), budget?.Where(b => b.Year == y)))
            .ToList();
        var sources = grants.Select(g => g.Source).Union(budget?.Select(b => b.Source) ?? []).Where(s => s != "").Order(StringComparer.Ordinal)
            .Select(s => Sum(s, grants.Where(g => g.Source == s), budget?.Where(b => b.Source == s)))
            .ToList();
        return new Report(query.Period.Label, query.AreaLabel, Sum(query.Period.Label, grants, budget), years, sources);
    }

    private static Row Sum(string key, IEnumerable<GrantRow> grants, IEnumerable<LineRow>? lines)
    {
        var g = grants.ToList();
        var l = lines?.ToList();
        var spending = g.Sum(x => x.Spending);
        var reserved = l?.Sum(x => x.Reserved);
        return new Row(key, g.Count, g.Sum(x => x.Awarded), g.Sum(x => x.Disbursed), g.Sum(x => x.TotalProjectCost), spending,
            l?.Sum(x => x.Amount), reserved, l?.Sum(x => Math.Max(0, x.Amount - x.Awarded - x.Reserved)), spending + (reserved ?? 0));
    }
}
