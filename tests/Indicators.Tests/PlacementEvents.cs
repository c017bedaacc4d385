using Rete.Contracts;
using Rete.Contracts.Placements;

namespace Rete.Indicators.Tests;

/// <summary>The events Placements publishes over one placement's life, shaped as its contracts say.</summary>
internal static class PlacementEvents
{
    public sealed record Follow(int Days, bool Employed, bool InCircuit);

    public static List<IIntegrationEvent> Ended(
        string tenant, string kind, int months, DateOnly start, Guid promoter, bool interrupted = false, decimal monthly = 400m,
        string? outcome = null, string? contractType = null, Guid? personId = null, params Follow[] followUps)
    {
        var at = DateTimeOffset.UtcNow;
        var id = Guid.CreateVersion7();
        var person = personId ?? Guid.CreateVersion7();
        var host = Guid.CreateVersion7();
        var line = Guid.CreateVersion7();
        var plannedEnd = start.AddMonths(months).AddDays(-1);
        var end = interrupted ? start.AddMonths(1) : plannedEnd;
        var paid = interrupted ? monthly : months * monthly;
        var v = 0;
        var events = new List<IIntegrationEvent>
        {
            new PlacementProposed(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, promoter, host, null, line, monthly, months, start, plannedEnd, 20m),
            new PlacementFunded(Guid.CreateVersion7(), tenant, at, id, ++v, Guid.CreateVersion7(), line, months * monthly),
            new PlacementStarted(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, months, host, start, plannedEnd),
            interrupted
                ? new PlacementInterrupted(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, months, end, paid, months * monthly - paid)
                : new PlacementCompleted(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, months, end, paid, 0m),
        };
        if (outcome is not null)
        {
            events.Add(new PlacementOutcomeRecorded(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, outcome, contractType, end));
        }

        foreach (var f in followUps)
        {
            events.Add(new PlacementFollowUpRecorded(Guid.CreateVersion7(), tenant, at, id, ++v, person, f.Days, end.AddDays(f.Days),
                end.AddDays(f.Days), f.Employed, f.InCircuit));
        }

        return events;
    }

    public static List<IIntegrationEvent> Running(string tenant, string kind, int months, DateOnly start, Guid promoter, params decimal[] attendance)
    {
        var at = DateTimeOffset.UtcNow;
        var id = Guid.CreateVersion7();
        var person = Guid.CreateVersion7();
        var host = Guid.CreateVersion7();
        var line = Guid.CreateVersion7();
        var plannedEnd = start.AddMonths(months).AddDays(-1);
        var v = 0;
        var events = new List<IIntegrationEvent>
        {
            new PlacementProposed(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, promoter, host, null, line, 400m, months, start, plannedEnd, 20m),
            new PlacementStarted(Guid.CreateVersion7(), tenant, at, id, ++v, person, kind, months, host, start, plannedEnd),
        };
        var month = new DateOnly(start.Year, start.Month, 1);
        foreach (var due in attendance)
        {
            events.Add(new PlacementAttendanceRecorded(Guid.CreateVersion7(), tenant, at, id, ++v, line, month, 18, 20, due));
            month = month.AddMonths(1);
        }

        return events;
    }
}
