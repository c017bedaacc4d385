using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Figures;

namespace Rete.Indicators.Organisations;

/// <summary>
/// Organisations of the network that are active today, and those of them holding an accreditation in force on the
/// period's last day (today when the period runs on), by kind.
/// </summary>
public static class OrganisationIndicators
{
    public sealed record KindRow(string Kind, int Active, int Accredited);

    public sealed record Report(string Period, string Area, DateOnly AccreditedOn, int Active, int Accredited, IReadOnlyList<KindRow> ByKind)
        : IFigureReport
    {
        public IEnumerable<FigureRow> Rows() =>
            new[] { FigureRow.Of("Organizzazioni attive", "totale", Active), FigureRow.Of("Organizzazioni accreditate", "totale", Accredited) }
                .Concat(ByKind.SelectMany(k => new[]
                {
                    FigureRow.Of("Organizzazioni attive", k.Kind, k.Active),
                    FigureRow.Of("Organizzazioni accreditate", k.Kind, k.Accredited),
                }));
    }

    public static RouteHandlerBuilder MapOrganisationIndicators(this RouteGroupBuilder group) =>
        group.MapGet("/organisations", HandleAsync)
            .WithName("OrganisationIndicators")
            .WithSummary("Organizzazioni attive e accreditate, per tipo");

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        IndicatorsDbContext db, HttpRequest http, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (!FigureQuery.TryCreate(http, user, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var report = await ComputeAsync(db, query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return query.Csv ? FigureOutput.Csv(report, "organizzazioni.csv", query) : TypedResults.Ok(report);
    }

    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, DateOnly today, CancellationToken ct)
    {
        var on = query.Period.To < today ? query.Period.To : today;
        var active = db.Organisations.AsNoTracking().In(query.Area).Where(o => o.Kind != null && o.Status == OrganisationFigure.Active);
        var accreditedIds = db.Accreditations
            .Where(a => a.Kind != null && a.ValidFrom <= on && (a.ValidTo == null || on <= a.ValidTo) && (a.ExpiredOn == null || on < a.ExpiredOn))
            .Select(a => a.OrganisationId);
        var rows = await active
            .GroupBy(o => o.Kind!)
            .Select(g => new KindRow(g.Key, g.Count(), g.Count(o => accreditedIds.Contains(o.Id))))
            .ToListAsync(ct);
        rows = [.. rows.OrderBy(r => r.Kind, StringComparer.Ordinal)];
        return new Report(query.Period.Label, query.AreaLabel, on, rows.Sum(r => r.Active), rows.Sum(r => r.Accredited), rows);
    }
}
