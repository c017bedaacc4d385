using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Grants.Organisations;

/// <summary>
/// Keeps the organisations read model from the Registry's events. The row is locked while an event is applied, so two
/// events of one organisation consumed at once cannot undo each other; a version check makes duplicates and late
/// arrivals change nothing. The inbox (InboxConsumer) drops redeliveries of the same message.
/// </summary>
internal static class OrganisationConsumers
{
    public static void AddOrganisationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<OrganisationRegisteredConsumer>();
        bus.AddInboxConsumer<OrganisationUpdatedConsumer>();
        bus.AddInboxConsumer<OrganisationSuspendedConsumer>();
        bus.AddInboxConsumer<OrganisationReactivatedConsumer>();
        bus.AddInboxConsumer<OrganisationClosedConsumer>();
        bus.AddInboxConsumer<OrganisationSnapshotPublishedConsumer>();
    }

    /// <summary>The organisation's row, locked for this transaction, or a new one when none exists yet.</summary>
    public static async Task<Organisation> LockOrCreateAsync(this GrantsDbContext db, Guid id, CancellationToken ct)
    {
        var rows = await db.Organisations.FromSql($"SELECT * FROM organisations WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(ct);
        if (rows.SingleOrDefault() is { } existing)
        {
            return existing;
        }

        var created = Organisation.Unseen(db.CurrentTenantId!, id);
        db.Organisations.Add(created);
        return created;
    }
}

internal sealed class OrganisationRegisteredConsumer(GrantsDbContext db, ITenantContext tenant)
    : GrantsConsumer<OrganisationRegistered>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationRegistered m, CancellationToken ct) =>
        (await Db.LockOrCreateAsync(m.OrganisationId, ct)).ApplyDetails(m.Version, m.Name, m.Kind, m.TaxCode, m.Status, m.OccurredAt);
}

internal sealed class OrganisationUpdatedConsumer(GrantsDbContext db, ITenantContext tenant)
    : GrantsConsumer<OrganisationUpdated>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationUpdated m, CancellationToken ct) =>
        (await Db.LockOrCreateAsync(m.OrganisationId, ct)).ApplyDetails(m.Version, m.Name, m.Kind, m.TaxCode, m.Status, m.OccurredAt);
}

/// <summary>A re-announcement from the Registry: fills a row this service never saw; one it has at that version stays as it is.</summary>
internal sealed class OrganisationSnapshotPublishedConsumer(GrantsDbContext db, ITenantContext tenant)
    : GrantsConsumer<OrganisationSnapshotPublished>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationSnapshotPublished m, CancellationToken ct) =>
        (await Db.LockOrCreateAsync(m.OrganisationId, ct)).ApplyDetails(m.Version, m.Name, m.Kind, m.TaxCode, m.Status, m.OccurredAt);
}

internal sealed class OrganisationSuspendedConsumer(GrantsDbContext db, ITenantContext tenant)
    : GrantsConsumer<OrganisationSuspended>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationSuspended m, CancellationToken ct) =>
        (await Db.LockOrCreateAsync(m.OrganisationId, ct)).ApplyStatus(m.Version, Organisation.Suspended, m.OccurredAt);
}

internal sealed class OrganisationReactivatedConsumer(GrantsDbContext db, ITenantContext tenant)
    : GrantsConsumer<OrganisationReactivated>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationReactivated m, CancellationToken ct) =>
        (await Db.LockOrCreateAsync(m.OrganisationId, ct)).ApplyStatus(m.Version, Organisation.Active, m.OccurredAt);
}

internal sealed class OrganisationClosedConsumer(GrantsDbContext db, ITenantContext tenant)
    : GrantsConsumer<OrganisationClosed>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationClosed m, CancellationToken ct) =>
        (await Db.LockOrCreateAsync(m.OrganisationId, ct)).ApplyStatus(m.Version, Organisation.Closed, m.OccurredAt);
}
