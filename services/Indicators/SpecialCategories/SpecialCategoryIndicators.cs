using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts.Referrals;
using Rete.Indicators.Figures;

namespace Rete.Indicators.SpecialCategories;

/// <summary>
/// People with a disability and people followed by health services, per residence area, as Referrals (which holds
/// that data) last published them: counts only, suppressed at the source below its threshold. A cut that would need a
/// suppressed count (a municipality one of whose districts is suppressed) is suppressed too; so is a count below this
/// service's own threshold. The period is not used: these are counts as of the publication's date.
/// </summary>
public static class SpecialCategoryIndicators
{
    public sealed record AreaRow(string? MunicipalityIstat, string? District, int? PeopleWithDisability, int? PeopleFollowedByHealthServices);

    public sealed record Report(
        string Area, DateOnly? AsOf, int SuppressBelow, int? PeopleWithDisability, int? PeopleFollowedByHealthServices, IReadOnlyList<AreaRow> ByArea)
        : IFigureReport
    {
        public IEnumerable<FigureRow> Rows()
        {
            yield return FigureRow.Of("Persone con disabilità", "totale", PeopleWithDisability);
            yield return FigureRow.Of("Persone seguite dai servizi sanitari", "totale", PeopleFollowedByHealthServices);
            foreach (var a in ByArea)
            {
                var detail = string.Join(", ", new[] { a.MunicipalityIstat is { } m ? "comune " + m : "comune non indicato", a.District is { } d ? "circoscrizione " + d : null }
                    .OfType<string>());
                yield return FigureRow.Of("Persone con disabilità", detail, a.PeopleWithDisability);
                yield return FigureRow.Of("Persone seguite dai servizi sanitari", detail, a.PeopleFollowedByHealthServices);
            }
        }
    }

    public static RouteHandlerBuilder MapSpecialCategoryIndicators(this RouteGroupBuilder group) =>
        group.MapGet("/special-categories", HandleAsync)
            .WithName("SpecialCategoryIndicators")
            .WithSummary("Persone con disabilità e persone seguite dai servizi sanitari per comune e circoscrizione, come pubblicate dal servizio che ne custodisce i dati (conteggi piccoli soppressi)");

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        IndicatorsDbContext db, HttpRequest http, ClaimsPrincipal user, Disclosure disclosure, CancellationToken ct)
    {
        if (!FigureQuery.TryCreate(http, user, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var figure = await db.SpecialCategories.AsNoTracking().FirstOrDefaultAsync(ct);
        var report = Compute(figure, query, disclosure);
        return query.Csv ? FigureOutput.Csv(report, "categorie-particolari.csv", query) : TypedResults.Ok(report);
    }

    internal static Report Compute(SpecialCategoryFigure? figure, FigureQuery query, Disclosure d)
    {
        var threshold = Math.Max(d.SuppressBelow, figure?.SuppressBelow ?? 0);
        int? Shown(int? people) => people is { } p && p > 0 && p < threshold ? null : people;
        if (figure is null)
        {
            return new Report(query.AreaLabel, null, threshold, null, null, []);
        }

        var area = query.Area;
        var cells = figure.Areas
            .Where(a => area.Municipalities is not { } m || (a.MunicipalityIstat is { } code && m.Contains(code)))
            .Where(a => area.District is not { } district || a.District == district)
            .ToList();
        // Any suppressed cell in the cut makes the cut's sum unknown: it is suppressed, never understated.
        int? Sum(Func<SpecialCategoryAreaCounts, int?> count) =>
            cells.Any(c => count(c) is null) ? null : Shown(cells.Sum(c => count(c)!.Value));
        var (disability, health) = area.IsWholeTenant
            ? (Shown(figure.PeopleWithDisability), Shown(figure.PeopleFollowedByHealthServices))
            : (Sum(c => c.PeopleWithDisability), Sum(c => c.PeopleFollowedByHealthServices));
        return new Report(query.AreaLabel, figure.AsOf, threshold, disability, health,
            cells.Select(c => new AreaRow(c.MunicipalityIstat, c.District, Shown(c.PeopleWithDisability), Shown(c.PeopleFollowedByHealthServices))).ToList());
    }
}
