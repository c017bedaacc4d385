using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Figures;

namespace Rete.Indicators.Projects;

/// <summary>
/// Projects (measures delivered to people) over a period: every project open on some day of it (opened by its last
/// day, not concluded before its first), those concluded within it, and those still ongoing at its end; so
/// projects = concluded + ongoing ("534 progetti, 207 conclusi, 327 in corso"). Cut by the delivering organisation.
/// </summary>
public static class ProjectIndicators
{
    public sealed record GroupRow(string Programme, string Measure, int? Projects, int? Opened, int? Concluded, int? Ongoing);

    public sealed record Report(
        string Period, string Area, int SuppressBelow, int? Projects, int? Opened, int? Concluded, int? Ongoing, IReadOnlyList<GroupRow> ByMeasure)
        : IFigureReport
    {
        public IEnumerable<FigureRow> Rows() =>
            Lines("totale", Projects, Opened, Concluded, Ongoing)
                .Concat(ByMeasure.SelectMany(g => Lines($"{g.Programme}, {g.Measure}", g.Projects, g.Opened, g.Concluded, g.Ongoing)));

        private static IEnumerable<FigureRow> Lines(string detail, int? projects, int? opened, int? concluded, int? ongoing) =>
        [
            FigureRow.Of("Progetti nel periodo", detail, projects),
            FigureRow.Of("Progetti aperti nel periodo", detail, opened),
            FigureRow.Of("Progetti conclusi", detail, concluded),
            FigureRow.Of("Progetti in corso", detail, ongoing),
        ];
    }

    public static RouteHandlerBuilder MapProjectIndicators(this RouteGroupBuilder group) =>
        group.MapGet("/projects", HandleAsync)
            .WithName("ProjectIndicators")
            .WithSummary("Progetti aperti, conclusi e in corso, per programma e misura");

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        IndicatorsDbContext db, HttpRequest http, ClaimsPrincipal user, Disclosure disclosure, CancellationToken ct)
    {
        if (!FigureQuery.TryCreate(http, user, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var report = await ComputeAsync(db, query, disclosure, ct);
        return query.Csv ? FigureOutput.Csv(report, "progetti.csv", query) : TypedResults.Ok(report);
    }

    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, Disclosure d, CancellationToken ct)
    {
        var (from, to) = (query.Period.From, query.Period.To);
        var projects = db.Projects.AsNoTracking().Where(p => p.OpenedOn != null && p.OpenedOn <= to && (p.ConcludedOn == null || p.ConcludedOn >= from));
        if (!query.Area.IsWholeTenant)
        {
            var inArea = db.Organisations.In(query.Area).Select(o => (Guid?)o.Id);
            projects = projects.Where(p => inArea.Contains(p.OrganisationId));
        }

        var rows = await projects
            .GroupBy(p => new { p.Programme, p.Measure })
            .Select(g => new
            {
                g.Key.Programme,
                g.Key.Measure,
                Projects = g.Count(),
                Opened = g.Count(p => p.OpenedOn >= from),
                Concluded = g.Count(p => p.ConcludedOn != null && p.ConcludedOn <= to),
                Ongoing = g.Count(p => p.ConcludedOn == null || p.ConcludedOn > to),
            })
            .ToListAsync(ct);
        var byMeasure = rows.OrderBy(r => r.Programme, StringComparer.Ordinal).ThenBy(r => r.Measure, StringComparer.Ordinal)
            .Select(r => new GroupRow(r.Programme ?? "", r.Measure ?? "", d.Count(r.Projects), d.Count(r.Opened), d.Count(r.Concluded), d.Count(r.Ongoing)))
            .ToList();
        return new Report(query.Period.Label, query.AreaLabel, d.SuppressBelow, d.Count(rows.Sum(r => r.Projects)), d.Count(rows.Sum(r => r.Opened)),
            d.Count(rows.Sum(r => r.Concluded)), d.Count(rows.Sum(r => r.Ongoing)), byMeasure);
    }
}
