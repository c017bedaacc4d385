using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Figures;

namespace Rete.Indicators.Placements;

/// <summary>
/// Placements cut by the person's residence (municipality and district, from Referrals' person events). Started counts the placements that
/// started in the period; completed and interrupted those that ended in it; outcomes and follow-ups belong to the
/// placements that ended in it. The share leaving the assistance circuit is, among those placements with a follow-up,
/// the ones whose latest follow-up finds the person out of the circuit. Cost is the stipends paid for the placements
/// started in the period, per placement and per job outcome (outcome "hired"). A follow-up is overdue when its day
/// (end + 31, 92, 182) has passed and none is recorded. Counts of people below the threshold are suppressed.
/// </summary>
public static class PlacementIndicators
{
    public sealed record KindRow(string Kind, int? Months, int? Started, int? Completed, int? Interrupted);

    public sealed record OutcomeRow(string Outcome, string? ContractType, int? Placements);

    public sealed record FollowUpRow(int DaysAfterEnd, int? Due, int? Recorded, int? Employed, int? LeftAssistanceCircuit, int? Overdue);

    public sealed record Report(
        string Period, string Area, int SuppressBelow, int? Started, int? Completed, int? Interrupted,
        IReadOnlyList<KindRow> ByKindAndLength, IReadOnlyList<OutcomeRow> Outcomes, IReadOnlyList<FollowUpRow> FollowUps,
        int? FollowedUp, int? LeftAssistanceCircuit, decimal? LeftAssistanceCircuitShare,
        decimal? StipendsPaid, decimal? CostPerPlacement, int? JobOutcomes, decimal? CostPerJobOutcome, int? FollowUpsOverdue)
        : IFigureReport
    {
        public IEnumerable<FigureRow> Rows()
        {
            yield return FigureRow.Of("Tirocini avviati", "totale", Started);
            yield return FigureRow.Of("Tirocini conclusi", "totale", Completed);
            yield return FigureRow.Of("Tirocini interrotti", "totale", Interrupted);
            foreach (var k in ByKindAndLength)
            {
                var detail = k.Months is { } m ? $"{k.Kind}, {m} mesi" : k.Kind;
                yield return FigureRow.Of("Tirocini avviati", detail, k.Started);
                yield return FigureRow.Of("Tirocini conclusi", detail, k.Completed);
                yield return FigureRow.Of("Tirocini interrotti", detail, k.Interrupted);
            }

            foreach (var o in Outcomes)
            {
                yield return FigureRow.Of("Esiti", o.ContractType is { } c ? $"{o.Outcome}, {c}" : o.Outcome, o.Placements);
            }

            foreach (var f in FollowUps)
            {
                var detail = $"{f.DaysAfterEnd} giorni";
                yield return FigureRow.Of("Verifiche dovute", detail, f.Due);
                yield return FigureRow.Of("Verifiche registrate", detail, f.Recorded);
                yield return FigureRow.Of("Occupati alla verifica", detail, f.Employed);
                yield return FigureRow.Of("Usciti dal circuito assistenziale alla verifica", detail, f.LeftAssistanceCircuit);
                yield return FigureRow.Of("Verifiche scadute", detail, f.Overdue);
            }

            yield return FigureRow.Of("Tirocini con verifica", "totale", FollowedUp);
            yield return FigureRow.Of("Usciti dal circuito assistenziale", "totale", LeftAssistanceCircuit);
            yield return FigureRow.Of("Quota uscita dal circuito assistenziale (%)", "totale", LeftAssistanceCircuitShare);
            yield return FigureRow.Of("Borse lavoro pagate (EUR)", "totale", StipendsPaid);
            yield return FigureRow.Of("Costo per tirocinio (EUR)", "totale", CostPerPlacement);
            yield return FigureRow.Of("Esiti occupazionali", "totale", JobOutcomes);
            yield return FigureRow.Of("Costo per esito occupazionale (EUR)", "totale", CostPerJobOutcome);
            yield return FigureRow.Of("Verifiche scadute", "totale", FollowUpsOverdue);
        }
    }

    public static RouteHandlerBuilder MapPlacementIndicators(this RouteGroupBuilder group) =>
        group.MapGet("/placements", HandleAsync)
            .WithName("PlacementIndicators")
            .WithSummary("Tirocini avviati, conclusi e interrotti per tipo e durata, esiti, verifiche e costi");

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        IndicatorsDbContext db, HttpRequest http, ClaimsPrincipal user, Disclosure disclosure, TimeProvider clock, CancellationToken ct)
    {
        if (!FigureQuery.TryCreate(http, user, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var report = await ComputeAsync(db, query, disclosure, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return query.Csv ? FigureOutput.Csv(report, "tirocini.csv", query) : TypedResults.Ok(report);
    }

    private sealed record KindCounts(
        string? Kind, int? Months, int Started, int Completed, int Interrupted, decimal Paid, int Hired, int FollowedUp, int Left);

    /// <summary>
    /// Grouped in SQL: a region's 100,000 placements stay in the database, and only one row per kind and length, per
    /// outcome, per end day and per follow-up day comes back.
    /// </summary>
    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, Disclosure d, DateOnly today, CancellationToken ct)
    {
        var (from, to) = (query.Period.From, query.Period.To);
        var placements = db.Placements.AsNoTracking();
        if (!query.Area.IsWholeTenant)
        {
            var residents = db.ResidentsIn(query.Area);
            placements = placements.Where(p => residents.Contains(p.PersonId));
        }

        var ended = placements.Where(p => p.EndedOn >= from && p.EndedOn <= to);
        var kinds = await placements
            .Where(p => (p.StartedOn >= from && p.StartedOn <= to) || (p.EndedOn >= from && p.EndedOn <= to))
            .GroupBy(p => new { p.Kind, p.DurationMonths })
            .Select(g => new KindCounts(
                g.Key.Kind, g.Key.DurationMonths,
                g.Count(p => p.StartedOn >= from && p.StartedOn <= to),
                g.Count(p => p.EndedOn >= from && p.EndedOn <= to && p.Status == PlacementFigure.Completed),
                g.Count(p => p.EndedOn >= from && p.EndedOn <= to && p.Status == PlacementFigure.Interrupted),
                g.Sum(p => p.StartedOn >= from && p.StartedOn <= to && p.Status != "cancelled" ? p.Paid : 0m),
                g.Count(p => p.StartedOn >= from && p.StartedOn <= to && p.Outcome == PlacementFigure.Hired),
                g.Count(p => p.EndedOn >= from && p.EndedOn <= to && p.LeftAssistanceCircuit != null),
                g.Count(p => p.EndedOn >= from && p.EndedOn <= to && p.LeftAssistanceCircuit == true)))
            .ToListAsync(ct);
        var outcomes = await ended.Where(p => p.Outcome != null)
            .GroupBy(p => new { p.Outcome, p.ContractType })
            .Select(g => new { g.Key.Outcome, g.Key.ContractType, Count = g.Count() })
            .ToListAsync(ct);
        var endedByDay = await ended.GroupBy(p => p.EndedOn!.Value).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        var recordedByDay = await db.FollowUps.AsNoTracking()
            .Join(ended, f => f.PlacementId, p => p.Id, (f, p) => new { f.DaysAfterEnd, f.Employed, f.InAssistanceCircuit, EndedOn = p.EndedOn!.Value })
            .GroupBy(f => new { f.DaysAfterEnd, f.EndedOn })
            .Select(g => new { g.Key.DaysAfterEnd, g.Key.EndedOn, Count = g.Count(), Employed = g.Count(f => f.Employed), Left = g.Count(f => !f.InAssistanceCircuit) })
            .ToListAsync(ct);

        var byKind = kinds.Where(k => k.Kind != null && (k.Started > 0 || k.Completed > 0 || k.Interrupted > 0))
            .OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Months)
            .Select(k => new KindRow(k.Kind!, k.Months, d.Count(k.Started), d.Count(k.Completed), d.Count(k.Interrupted)))
            .ToList();
        var overdueTotal = 0;
        var followUps = PlacementFigure.FollowUpDays.Select(days =>
        {
            var dueBy = today.AddDays(-days);
            var due = endedByDay.Where(e => e.Day <= dueBy).Sum(e => e.Count);
            var recorded = recordedByDay.Where(f => f.DaysAfterEnd == days).ToList();
            var overdue = due - recorded.Where(f => f.EndedOn <= dueBy).Sum(f => f.Count);
            overdueTotal += overdue;
            return new FollowUpRow(days, d.Count(due), d.Count(recorded.Sum(f => f.Count)), d.Count(recorded.Sum(f => f.Employed)),
                d.Count(recorded.Sum(f => f.Left)), d.Count(overdue));
        }).ToList();

        var (started, followedUp, left, paid, hired) =
            (kinds.Sum(k => k.Started), kinds.Sum(k => k.FollowedUp), kinds.Sum(k => k.Left), kinds.Sum(k => k.Paid), kinds.Sum(k => k.Hired));
        return new Report(
            query.Period.Label, query.AreaLabel, d.SuppressBelow,
            d.Count(started), d.Count(kinds.Sum(k => k.Completed)), d.Count(kinds.Sum(k => k.Interrupted)), byKind,
            outcomes.OrderBy(o => o.Outcome, StringComparer.Ordinal).ThenBy(o => o.ContractType, StringComparer.Ordinal)
                .Select(o => new OutcomeRow(o.Outcome!, o.ContractType, d.Count(o.Count))).ToList(),
            followUps, d.Count(followedUp), d.Count(left), d.Share(left, followedUp),
            started >= d.SuppressBelow ? paid : null, d.Average(paid, started), d.Count(hired), d.Average(paid, hired),
            d.Count(overdueTotal));
    }
}
