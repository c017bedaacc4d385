using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts.Referrals;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Placements.Consents;

/// <summary>Keeps the consent read model from Referrals' events; the row is locked while an event is applied.</summary>
internal static class ConsentConsumers
{
    public static IBusRegistrationConfigurator AddConsentConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<ConsentGivenConsumer>();
        bus.AddInboxConsumer<ConsentWithdrawnConsumer>();
        return bus;
    }

    internal static async Task<KnownConsent> LockOrCreateConsentAsync(this PlacementsDbContext db, Guid id, Guid personId, CancellationToken ct)
    {
        var rows = await db.Consents.FromSql($"SELECT * FROM known_consents WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(ct);
        if (rows.SingleOrDefault() is { } existing)
        {
            return existing;
        }

        var created = KnownConsent.Unseen(db.CurrentTenantId!, id, personId);
        db.Consents.Add(created);
        return created;
    }

    /// <summary>True when one of the person's consents allows placing them with <paramref name="host"/> on <paramref name="date"/>.</summary>
    public static async Task<bool> AllowsPlacementAsync(this PlacementsDbContext db, Guid personId, Guid host, DateOnly date, CancellationToken ct)
    {
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.PersonId == personId && c.Purpose == KnownConsent.PlacementPurpose).ToListAsync(ct);
        return consents.Any(c => c.AllowsPlacement(host, date));
    }
}

internal sealed class ConsentGivenConsumer(PlacementsDbContext db, ITenantContext tenant) : PlacementsConsumer<ConsentGiven>(db, tenant)
{
    protected override async Task HandleAsync(ConsentGiven m, CancellationToken ct) =>
        (await Db.LockOrCreateConsentAsync(m.ConsentId, m.PersonId, ct))
            .ApplyGiven(m.Version, m.Purpose, m.RecipientOrganisationIds, m.GivenOn, m.ExpiresOn);
}

internal sealed class ConsentWithdrawnConsumer(PlacementsDbContext db, ITenantContext tenant) : PlacementsConsumer<ConsentWithdrawn>(db, tenant)
{
    protected override async Task HandleAsync(ConsentWithdrawn m, CancellationToken ct) =>
        (await Db.LockOrCreateConsentAsync(m.ConsentId, m.PersonId, ct)).ApplyWithdrawn(m.Version, m.WithdrawnOn);
}
