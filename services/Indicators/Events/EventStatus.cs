using Microsoft.EntityFrameworkCore;

namespace Rete.Indicators.Events;

/// <summary>
/// <c>GET /api/indicators/status</c>: how many events the tenant's figures are folded from, and when the last one arrived
/// (with the time it occurred at its publisher), so that a reader can tell how fresh the figures are.
/// </summary>
public static class EventStatus
{
    public sealed record Status(int Events, DateTimeOffset? LastOccurredAt, DateTimeOffset? LastReceivedAt);

    public static RouteHandlerBuilder MapEventStatus(this RouteGroupBuilder group) =>
        group.MapGet("/status", HandleAsync)
            .WithName("IndicatorsStatus")
            .WithSummary("Eventi ricevuti per il consorzio e ultimo arrivo");

    private static async Task<IResult> HandleAsync(IndicatorsDbContext db, CancellationToken ct)
    {
        var events = db.RecordedEvents.AsNoTracking();
        var count = await events.CountAsync(ct);
        var lastReceived = await events.MaxAsync(e => (DateTimeOffset?)e.ReceivedAt, ct);
        var lastOccurred = await events.MaxAsync(e => (DateTimeOffset?)e.OccurredAt, ct);
        return TypedResults.Ok(new Status(count, lastOccurred, lastReceived));
    }
}
