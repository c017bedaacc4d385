using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using Rete.Indicators.Counters;
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
    /// From the counts (<c>figure_counts</c>), in one round trip: a region's 100,000 placements stay in the database,
    /// and a few hundred counts per figure are summed (by kind and length, by outcome, by follow-up). A follow-up's
    /// due and overdue figures need the placements ended by its day, so those two are read once per follow-up day.
    /// </summary>
    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, Disclosure d, DateOnly today, CancellationToken ct)
    {
        var (from, to) = (query.Period.From, query.Period.To);
        var requests = new List<CountReader.Request>
        {
            new("started", "placements.started", from, to),
            new("ended", "placements.ended", from, to),
            new("outcomes", "placements.outcomes", from, to),
            new("followups", "placements.followups", from, to),
        };
        foreach (var days in PlacementFigure.FollowUpDays)
        {
            var dueBy = Min(to, today.AddDays(-days));
            requests.Add(new($"ended.{days}", "placements.ended", from, dueBy));
            requests.Add(new($"followups.{days}", "placements.followups", from, dueBy));
        }

        var counts = await CountReader.SumAsync(db, query.Area, requests, ct);
        static int? Months(string text) => text is "" ? null : int.Parse(text, CultureInfo.InvariantCulture);
        // Keys: kind | months | "hired"; kind | months | status | out/in (latest follow-up; empty before any).
        var startedRows = counts["started"].Select(c => new KindCounts(c.Parts[0], Months(c.Parts[1]), (int)c.Count, 0, 0, c.Amount, c.Parts[2] == Hired ? (int)c.Count : 0, 0, 0));
        var endedRows = counts["ended"].Select(c => new KindCounts(c.Parts[0], Months(c.Parts[1]), 0,
            c.Parts[2] == PlacementFigure.Completed ? (int)c.Count : 0, c.Parts[2] == PlacementFigure.Interrupted ? (int)c.Count : 0, 0m, 0,
            c.Parts[3] is "" ? 0 : (int)c.Count, c.Parts[3] == "out" ? (int)c.Count : 0));
        var kinds = startedRows.Concat(endedRows).GroupBy(k => (Kind: k.Kind is "" ? null : k.Kind, k.Months))
            .Select(g => new KindCounts(g.Key.Kind, g.Key.Months, g.Sum(k => k.Started), g.Sum(k => k.Completed), g.Sum(k => k.Interrupted),
                g.Sum(k => k.Paid), g.Sum(k => k.Hired), g.Sum(k => k.FollowedUp), g.Sum(k => k.Left)))
            .ToList();
        var outcomes = counts["outcomes"].Select(c => new { Outcome = (string?)c.Parts[0], ContractType = c.Parts[1] is "" ? null : c.Parts[1], Count = (int)c.Count })
            .ToList();

        var byKind = kinds.Where(k => k.Kind != null && (k.Started > 0 || k.Completed > 0 || k.Interrupted > 0))
            .OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Months)
            .Select(k => new KindRow(k.Kind!, k.Months, d.Count(k.Started), d.Count(k.Completed), d.Count(k.Interrupted)))
            .ToList();
        var overdueTotal = 0;
        // Keys of follow-ups: days after the end | "employed" | in/out of the assistance circuit.
        var followUps = PlacementFigure.FollowUpDays.Select(days =>
        {
            var mark = days.ToString(CultureInfo.InvariantCulture);
            var due = (int)counts[$"ended.{days}"].Sum(c => c.Count);
            var recorded = counts["followups"].Where(c => c.Parts[0] == mark).ToList();
            var overdue = due - (int)counts[$"followups.{days}"].Where(c => c.Parts[0] == mark).Sum(c => c.Count);
            overdueTotal += overdue;
            return new FollowUpRow(days, d.Count(due), d.Count((int)recorded.Sum(f => f.Count)),
                d.Count((int)recorded.Where(f => f.Parts[1] == "employed").Sum(f => f.Count)),
                d.Count((int)recorded.Where(f => f.Parts[2] == "out").Sum(f => f.Count)), d.Count(overdue));
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

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private const string Hired = PlacementFigure.Hired;
}
