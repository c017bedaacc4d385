using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts.Grants;
using Rete.Placements.Placements;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Placements.Funding;

/// <summary>
/// Grants' answers to the placements' reservation requests. The placement's row is locked while an answer is applied,
/// so an answer and a user's step (a cancellation) are applied one after the other. An answer about a reservation that
/// is not a placement of this service (one asked for over Grants' own API) changes nothing.
/// </summary>
internal static class FundingConsumers
{
    public static IBusRegistrationConfigurator AddFundingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<StipendsReservedConsumer>();
        bus.AddInboxConsumer<StipendReservationRefusedConsumer>();
        return bus;
    }

    internal static async Task<Placement?> LockPlacementAsync(this PlacementsDbContext db, Guid id, CancellationToken ct)
    {
        var rows = await db.Placements.FromSql($"SELECT * FROM placements WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(ct);
        var placement = rows.SingleOrDefault();
        if (placement is not null)
        {
            await db.Entry(placement).Collection(p => p.Attendance).LoadAsync(ct);
            await db.Entry(placement).Collection(p => p.FollowUps).LoadAsync(ct);
        }

        return placement;
    }
}

internal sealed class StipendsReservedConsumer(PlacementsDbContext db, ITenantContext tenant, TimeProvider clock)
    : PlacementsConsumer<StipendsReserved>(db, tenant)
{
    protected override async Task HandleAsync(StipendsReserved m, CancellationToken ct)
    {
        if (await Db.LockPlacementAsync(m.PlacementId ?? m.ReservationId, ct) is { } placement && placement.Id == m.ReservationId)
        {
            placement.Funded(m.Amount, clock.GetUtcNow());
        }
    }
}

internal sealed class StipendReservationRefusedConsumer(PlacementsDbContext db, ITenantContext tenant, TimeProvider clock)
    : PlacementsConsumer<StipendReservationRefused>(db, tenant)
{
    protected override async Task HandleAsync(StipendReservationRefused m, CancellationToken ct)
    {
        if (await Db.LockPlacementAsync(m.PlacementId ?? m.ReservationId, ct) is { } placement && placement.Id == m.ReservationId)
        {
            placement.FundingWasRefused(m.Reason, m.RequestedAmount, clock.GetUtcNow());
        }
    }
}
