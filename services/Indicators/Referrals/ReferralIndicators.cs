using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Counters;
using Rete.Indicators.Figures;

namespace Rete.Indicators.Referrals;

/// <summary>
/// Referrals, GOL assignments and consents, cut by the person's residence (from PersonRegistered and
/// PersonResidenceChanged). The funnel counts the referrals sent in the period and what became of them; the median
/// days run from sending to acceptance. The caseload is the accepted referrals still open at the period's end (or
/// today), per receiving organisation and case manager. People assigned are the distinct people a CPI assigned in
/// the period. Consents about to expire are those in force that expire within <c>days</c> (30) from today.
/// </summary>
public static class ReferralIndicators
{
    public sealed record ReasonRow(string ReasonCode, int? Referrals);

    public sealed record CaseloadRow(Guid OrganisationId, string CaseManagerId, int? People);

    public sealed record CpiRow(Guid CpiOrganisationId, int? People, int? Assignments);

    public sealed record PathwayRow(int Pathway, int? Assignments);

    public sealed record PurposeRow(string Purpose, int? Consents);

    public sealed record Report(
        string Period, string Area, int SuppressBelow, int? Sent, int? Accepted, int? Rejected, int? Withdrawn, int? Pending,
        IReadOnlyList<ReasonRow> RejectedByReason, decimal? MedianDaysToAcceptance, IReadOnlyList<CaseloadRow> Caseload,
        int? GolAssignments, int? PeopleAssigned, IReadOnlyList<CpiRow> AssignedByCpi, IReadOnlyList<PathwayRow> ByPathway,
        int ExpiringWithinDays, int? ConsentsExpiring, IReadOnlyList<PurposeRow> ExpiringByPurpose)
        : IFigureReport
    {
        public IEnumerable<FigureRow> Rows()
        {
            yield return FigureRow.Of("Segnalazioni inviate", "totale", Sent);
            yield return FigureRow.Of("Segnalazioni prese in carico", "totale", Accepted);
            yield return FigureRow.Of("Segnalazioni respinte", "totale", Rejected);
            foreach (var r in RejectedByReason)
            {
                yield return FigureRow.Of("Segnalazioni respinte", r.ReasonCode, r.Referrals);
            }

            yield return FigureRow.Of("Segnalazioni ritirate", "totale", Withdrawn);
            yield return FigureRow.Of("Segnalazioni in attesa", "totale", Pending);
            yield return FigureRow.Of("Giorni mediani alla presa in carico", "totale", MedianDaysToAcceptance);
            foreach (var c in Caseload)
            {
                yield return FigureRow.Of("Persone in carico", $"{c.OrganisationId}, {c.CaseManagerId}", c.People);
            }

            yield return FigureRow.Of("Assegnazioni GOL", "totale", GolAssignments);
            yield return FigureRow.Of("Persone assegnate dal CPI", "totale", PeopleAssigned);
            foreach (var c in AssignedByCpi)
            {
                yield return FigureRow.Of("Persone assegnate dal CPI", c.CpiOrganisationId.ToString(), c.People);
            }

            foreach (var p in ByPathway)
            {
                yield return FigureRow.Of("Assegnazioni GOL", $"percorso {p.Pathway}", p.Assignments);
            }

            yield return FigureRow.Of("Consensi in scadenza", $"entro {ExpiringWithinDays} giorni", ConsentsExpiring);
            foreach (var p in ExpiringByPurpose)
            {
                yield return FigureRow.Of("Consensi in scadenza", p.Purpose, p.Consents);
            }
        }
    }

    /// <summary>The first day a caseload change is summed from: before any referral this service can be told of.</summary>
    private static readonly DateOnly CaseloadSince = new(1900, 1, 1);

    public static RouteHandlerBuilder MapReferralIndicators(this RouteGroupBuilder group) =>
        group.MapGet("/referrals", HandleAsync)
            .WithName("ReferralIndicators")
            .WithSummary("Segnalazioni (inviate, prese in carico, respinte per motivo, giorni alla presa in carico), carico per operatore, assegnazioni GOL, consensi in scadenza");

    private static async Task<Results<Ok<Report>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        IndicatorsDbContext db, HttpRequest http, ClaimsPrincipal user, Disclosure disclosure, TimeProvider clock, CancellationToken ct, int days = 30)
    {
        if (!FigureQuery.TryCreate(http, user, out var query, out var errors) | days is < 1 or > 366)
        {
            if (days is < 1 or > 366)
            {
                errors["days"] = ["I giorni si indicano con un numero da 1 a 366."];
            }

            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var report = await ComputeAsync(db, query, disclosure, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), days, ct);
        return query.Csv ? FigureOutput.Csv(report, "segnalazioni.csv", query) : TypedResults.Ok(report);
    }

    /// <summary>
    /// The funnel, the waits' histogram (by whole days waited) and today's caseload come from the counts
    /// (<c>figure_counts</c>): a region's million referrals stay in the database and a few hundred counts are summed.
    /// The median is exact to the second: the histogram finds the day(s) of waiting holding the middle wait, and only
    /// those waits are read (a range on the waits' index). A caseload at a past period's end sums the changes of the
    /// distinct people open per organisation and case manager (<c>caseload.changes</c>) from the first day kept.
    /// </summary>
    internal static async Task<Report> ComputeAsync(IndicatorsDbContext db, FigureQuery query, Disclosure d, DateOnly today, int days, CancellationToken ct)
    {
        var from = new DateTimeOffset(query.Period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(query.Period.To.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var referrals = InArea(db, db.Referrals.AsNoTracking(), query.Area);
        var sent = referrals.Where(r => r.SentAt >= from && r.SentAt <= end);
        var now = DateTimeOffset.UtcNow;
        var caseloadToday = end >= now;
        // Today's caseload is kept as it is; at a past period's end it is the sum of its changes up to that day.
        var requests = new List<CountReader.Request>
        {
            new("funnel", "referrals", query.Period.From, query.Period.To),
            caseloadToday
                ? new("caseload", "caseload", today, today, Today: true)
                : new("caseload", "caseload.changes", CaseloadSince, query.Period.To),
        };
        // People assigned are summed from their first assignment days when the period starts before the tenant's first
        // assignment (every day, a long mandate, to=...): then "assigned in the period" is "first assigned by its end".
        var golFromCounts = query.Period.From <= Period.Earliest
            || !await db.GolAssignments.AnyAsync(a => a.AssignedOn >= Period.Earliest && a.AssignedOn < query.Period.From, ct);
        requests.Add(new("gol", "gol.assignments", query.Period.From, query.Period.To));
        if (golFromCounts)
        {
            requests.Add(new("golPeople", "gol.people", Period.Earliest, query.Period.To));
        }

        var counts = await CountReader.SumAsync(db, query.Area, requests, ct);
        // Key: status | reason code | whole days waited (empty for a referral never accepted).
        var funnel = counts["funnel"].Select(c => (Status: c.Parts[0], ReasonCode: c.Parts[1] is "" ? null : c.Parts[1],
            Day: c.Parts[2] is "" ? (int?)null : int.Parse(c.Parts[2], System.Globalization.CultureInfo.InvariantCulture), Count: (int)c.Count)).ToList();
        var waits = funnel.Where(f => f.Day != null).GroupBy(f => f.Day!.Value).Select(g => (Day: g.Key, Count: g.Sum(f => f.Count))).ToList();
        var accepted = waits.Sum(h => h.Count);
        var rejected = funnel.Where(f => f.Status == "rejected").ToList();
        var median = accepted >= d.SuppressBelow ? await MedianDaysAsync(sent, waits, ct) : null;

        var caseload = counts["caseload"]
            .Select(c => (ToOrganisationId: (Guid?)Guid.Parse(c.Parts[0]), CaseManagerId: c.Parts[1], People: (int)c.Count)).ToList();

        // Key: CPI | pathway (assignments); the CPI, or empty for any CPI (people).
        var gol = counts["gol"].Select(c => (Cpi: c.Parts[0], Pathway: c.Parts[1], Count: (int)c.Count)).ToList();
        var (peopleAssigned, peopleByCpi) = golFromCounts
            ? (counts["golPeople"].Where(c => c.Key == "").Sum(c => (int)c.Count),
               counts["golPeople"].Where(c => c.Key != "").ToDictionary(c => Guid.Parse(c.Key), c => (int)c.Count))
            : await AssignedPeopleAsync(db, query, ct);
        var byCpi = gol.Where(g => g.Cpi != "").GroupBy(g => Guid.Parse(g.Cpi))
            .Select(g => (Cpi: g.Key, People: peopleByCpi.GetValueOrDefault(g.Key), Assignments: g.Sum(a => a.Count))).ToList();
        var byPathway = gol.Where(g => g.Pathway != "").GroupBy(g => int.Parse(g.Pathway, System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => (Pathway: g.Key, Assignments: g.Sum(a => a.Count))).ToList();

        var until = today.AddDays(days);
        var expiring = await InArea(db, db.Consents.AsNoTracking(), query.Area)
            .Where(c => c.WithdrawnOn == null && c.ExpiresOn >= today && c.ExpiresOn <= until)
            .GroupBy(c => c.Purpose).Select(g => new { Purpose = g.Key, Count = g.Count() }).ToListAsync(ct);

        return new Report(
            query.Period.Label, query.AreaLabel, d.SuppressBelow,
            d.Count(funnel.Sum(f => f.Count)), d.Count(accepted), d.Count(rejected.Sum(f => f.Count)),
            d.Count(funnel.Where(f => f.Status == "withdrawn").Sum(f => f.Count)), d.Count(funnel.Where(f => f.Status == "sent").Sum(f => f.Count)),
            rejected.GroupBy(r => r.ReasonCode ?? "other").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReasonRow(g.Key, d.Count(g.Sum(r => r.Count)))).ToList(),
            median,
            caseload.OrderBy(c => c.ToOrganisationId).ThenBy(c => c.CaseManagerId, StringComparer.Ordinal)
                .Select(c => new CaseloadRow(c.ToOrganisationId!.Value, c.CaseManagerId!, d.Count(c.People))).ToList(),
            d.Count(gol.Sum(g => g.Count)), d.Count(peopleAssigned),
            byCpi.OrderBy(c => c.Cpi).Select(c => new CpiRow(c.Cpi, d.Count(c.People), d.Count(c.Assignments))).ToList(),
            byPathway.OrderBy(p => p.Pathway).Select(p => new PathwayRow(p.Pathway, d.Count(p.Assignments))).ToList(),
            days, d.Count(expiring.Sum(e => e.Count)),
            expiring.OrderBy(e => e.Purpose, StringComparer.Ordinal).Select(e => new PurposeRow(e.Purpose ?? "", d.Count(e.Count))).ToList());
    }

    /// <summary>
    /// The distinct people assigned in a period that starts after the tenant's first assignment, from the rows: their
    /// assignments in the period, read from the covering index on the assigned day.
    /// </summary>
    private static async Task<(int People, Dictionary<Guid, int> ByCpi)> AssignedPeopleAsync(IndicatorsDbContext db, FigureQuery query, CancellationToken ct)
    {
        var assignments = InArea(db, db.GolAssignments.AsNoTracking(), query.Area)
            .Where(a => a.AssignedOn >= query.Period.From && a.AssignedOn <= query.Period.To && a.PersonId != null);
        var people = await assignments.Select(a => a.PersonId).Distinct().CountAsync(ct);
        var byCpi = await assignments.Where(a => a.CpiOrganisationId != null).GroupBy(a => a.CpiOrganisationId!.Value)
            .Select(g => new { Cpi = g.Key, People = g.Select(a => a.PersonId).Distinct().Count() })
            .ToDictionaryAsync(c => c.Cpi, c => c.People, ct);
        return (people, byCpi);
    }

    /// <summary>
    /// The median wait from sending to acceptance, in days to one decimal, exact to the second without sorting every
    /// wait: the histogram by whole days waited finds the day(s) holding the middle wait(s), and only the wait at that
    /// rank within its day is read (a range on the waits' index).
    /// </summary>
    private static async Task<decimal?> MedianDaysAsync(IQueryable<ReferralFigure> sent, List<(int Day, int Count)> waits, CancellationToken ct)
    {
        var total = waits.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        // The 0-based ranks of the middle wait(s), and where they fall among their hour's waits.
        var (low, high) = ((total - 1) / 2, total / 2);
        var (lowDay, highDay, lowSkip, highSkip, seen) = (0, 0, 0, 0, 0);
        foreach (var h in waits.OrderBy(h => h.Day))
        {
            if (low >= seen && low < seen + h.Count)
            {
                (lowDay, lowSkip) = (h.Day, low - seen);
            }

            if (high >= seen && high < seen + h.Count)
            {
                (highDay, highSkip) = (h.Day, high - seen);
            }

            seen += h.Count;
        }

        var lowWait = await WaitAtAsync(sent, lowDay, lowSkip, ct);
        var highWait = highDay == lowDay && highSkip == lowSkip ? lowWait : await WaitAtAsync(sent, highDay, highSkip, ct);
        // Counts that disagree with the rows (damaged, before a rebuild) leave the median unknown rather than failing.
        if (lowWait is null || highWait is null)
        {
            return null;
        }

        var middle = (lowWait.Value + (decimal)highWait.Value) / 2;
        return Math.Round(middle / 86_400m, 1, MidpointRounding.AwayFromZero);
    }

    private static Task<int?> WaitAtAsync(IQueryable<ReferralFigure> sent, int day, int rank, CancellationToken ct)
    {
        // Integer division truncates towards zero, in the view as here: day 0 also holds the (odd) negative waits above -1 day.
        const int Day = 86_400;
        var (from, to) = day == 0 ? (-Day + 1, Day - 1) : day > 0 ? (day * Day, day * Day + Day - 1) : (day * Day - Day + 1, day * Day);
        return sent.Where(r => r.SecondsToAcceptance >= from && r.SecondsToAcceptance <= to)
            .Select(r => r.SecondsToAcceptance).OrderBy(s => s).Skip(rank).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<ReferralFigure> InArea(IndicatorsDbContext db, IQueryable<ReferralFigure> q, Area area)
    {
        var residents = db.ResidentsIn(area);
        return area.IsWholeTenant ? q : q.Where(r => residents.Contains(r.PersonId));
    }

    private static IQueryable<AssignmentFigure> InArea(IndicatorsDbContext db, IQueryable<AssignmentFigure> q, Area area)
    {
        var residents = db.ResidentsIn(area);
        return area.IsWholeTenant ? q : q.Where(a => residents.Contains(a.PersonId));
    }

    private static IQueryable<ConsentFigure> InArea(IndicatorsDbContext db, IQueryable<ConsentFigure> q, Area area)
    {
        var residents = db.ResidentsIn(area);
        return area.IsWholeTenant ? q : q.Where(c => residents.Contains(c.PersonId));
    }
}
