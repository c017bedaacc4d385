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

    private sealed record Item(
        string? Kind, int? Months, string Status, DateOnly? StartedOn, DateOnly? EndedOn, decimal Paid, string? Outcome, string? ContractType,
        List<FollowUpFigure> FollowUps);

    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, Disclosure d, DateOnly today, CancellationToken ct)
    {
        var (from, to) = (query.Period.From, query.Period.To);
        var placements = db.Placements.AsNoTracking()
            .Where(p => (p.StartedOn >= from && p.StartedOn <= to) || (p.EndedOn >= from && p.EndedOn <= to));
        if (!query.Area.IsWholeTenant)
        {
            var residents = db.ResidentsIn(query.Area);
            placements = placements.Where(p => residents.Contains(p.PersonId));
        }

        var items = await placements
            .Select(p => new Item(p.Kind, p.DurationMonths, p.Status, p.StartedOn, p.EndedOn, p.Paid, p.Outcome, p.ContractType, p.FollowUps))
            .AsSplitQuery()
            .ToListAsync(ct);
        var started = items.Where(p => query.Period.Contains(p.StartedOn)).ToList();
        var ended = items.Where(p => query.Period.Contains(p.EndedOn)).ToList();
        var completed = ended.Where(p => p.Status == PlacementFigure.Completed).ToList();
        var interrupted = ended.Where(p => p.Status == PlacementFigure.Interrupted).ToList();

        var startedBy = CountBy(started);
        var completedBy = CountBy(completed);
        var interruptedBy = CountBy(interrupted);
        var byKind = startedBy.Keys.Union(completedBy.Keys).Union(interruptedBy.Keys)
            .OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Months)
            .Select(k => new KindRow(k.Kind, k.Months, d.Count(startedBy.GetValueOrDefault(k)), d.Count(completedBy.GetValueOrDefault(k)),
                d.Count(interruptedBy.GetValueOrDefault(k))))
            .ToList();
        var outcomes = ended.Where(p => p.Outcome != null).GroupBy(p => (p.Outcome!, p.ContractType))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.ContractType, StringComparer.Ordinal)
            .Select(g => new OutcomeRow(g.Key.Item1, g.Key.ContractType, d.Count(g.Count())))
            .ToList();

        var overdueTotal = 0;
        var followUps = PlacementFigure.FollowUpDays.Select(days =>
        {
            var due = ended.Where(p => p.EndedOn!.Value.AddDays(days) <= today).ToList();
            var recorded = ended.SelectMany(p => p.FollowUps).Where(f => f.DaysAfterEnd == days).ToList();
            var overdue = due.Count(p => p.FollowUps.All(f => f.DaysAfterEnd != days));
            overdueTotal += overdue;
            return new FollowUpRow(days, d.Count(due.Count), d.Count(recorded.Count), d.Count(recorded.Count(f => f.Employed)),
                d.Count(recorded.Count(f => !f.InAssistanceCircuit)), d.Count(overdue));
        }).ToList();

        var latest = ended.Where(p => p.FollowUps.Count > 0).Select(p => p.FollowUps.MaxBy(f => f.DaysAfterEnd)!).ToList();
        var left = latest.Count(f => !f.InAssistanceCircuit);
        var paid = started.Where(p => p.Status != "cancelled").Sum(p => p.Paid);
        var hired = started.Count(p => p.Outcome == PlacementFigure.Hired);
        return new Report(
            query.Period.Label, query.AreaLabel, d.SuppressBelow,
            d.Count(started.Count), d.Count(completed.Count), d.Count(interrupted.Count), byKind, outcomes, followUps,
            d.Count(latest.Count), d.Count(left), d.Share(left, latest.Count),
            started.Count >= d.SuppressBelow ? paid : null, d.Average(paid, started.Count), d.Count(hired), d.Average(paid, hired),
            d.Count(overdueTotal));
    }

    private static Dictionary<(string Kind, int? Months), int> CountBy(IEnumerable<Item> placements) =>
        placements.Where(p => p.Kind != null).GroupBy(p => (p.Kind!, p.Months)).ToDictionary(g => g.Key, g => g.Count());
}
