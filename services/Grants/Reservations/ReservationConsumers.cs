using MassTransit;
using Microsoft.Extensions.Logging;
using Rete.Contracts.Placements;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Grants.Reservations;

internal static class ReservationConsumers
{
    public static void AddReservationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<StipendReservationRequestedConsumer>();
        bus.AddInboxConsumer<StipendReservationReleaseRequestedConsumer>();
    }
}

/// <summary>Placements asks for stipend money: reserve it, or refuse with a reason code. Either way Grants answers with an event.</summary>
internal sealed class StipendReservationRequestedConsumer(
    GrantsDbContext db, ITenantContext tenant, StipendReservations reservations)
    : GrantsConsumer<StipendReservationRequested>(db, tenant)
{
    protected override Task HandleAsync(StipendReservationRequested m, CancellationToken ct) =>
        reservations.ReserveAsync(new ReservationRequest(m.ReservationId, m.PlacementId, m.BudgetLineId, m.Months, m.MonthlyAmount), ct);

    // Each reservation locks its budget line: batches lock the lines in one order (the line's id).
    protected override Guid? LockOrder(StipendReservationRequested m) => m.BudgetLineId;
}

/// <summary>A placement ended early or was cancelled: give the unused money back. Releasing twice changes nothing.</summary>
internal sealed partial class StipendReservationReleaseRequestedConsumer(
    GrantsDbContext db, ITenantContext tenant, StipendReservations reservations,
    ILogger<StipendReservationReleaseRequestedConsumer> logger)
    : GrantsConsumer<StipendReservationReleaseRequested>(db, tenant)
{
    protected override async Task HandleAsync(StipendReservationReleaseRequested m, CancellationToken ct)
    {
        var (reservation, released) = await reservations.ReleaseAsync(m.ReservationId, m.UsedAmount, m.Reason, ct);
        if (!released)
        {
            LogNothingToRelease(logger, m.ReservationId, reservation?.Status.ToString() ?? "unknown");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Release of reservation {ReservationId} changed nothing: it is {Status}")]
    private static partial void LogNothingToRelease(ILogger logger, Guid reservationId, string status);
}
