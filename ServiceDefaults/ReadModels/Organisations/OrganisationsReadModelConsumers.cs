using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults.ReadModels.Organisations;

/// <summary>
/// Keeps the organisations read model from the Registry's events, in whatever service calls
/// <see cref="AddOrganisationsReadModel"/> (its DbContext must call <c>modelBuilder.AddOrganisationsReadModel()</c>).
/// The row is locked while an event is applied, so two events of one organisation consumed at once cannot undo each
/// other; version checks make duplicates and late arrivals change nothing; the inbox drops redeliveries.
/// </summary>
public static class OrganisationsReadModelConsumers
{
    public static IBusRegistrationConfigurator AddOrganisationsReadModel(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<KnownOrganisationRegisteredConsumer>();
        bus.AddInboxConsumer<KnownOrganisationUpdatedConsumer>();
        bus.AddInboxConsumer<KnownOrganisationSnapshotConsumer>();
        bus.AddInboxConsumer<KnownOrganisationSuspendedConsumer>();
        bus.AddInboxConsumer<KnownOrganisationReactivatedConsumer>();
        bus.AddInboxConsumer<KnownOrganisationClosedConsumer>();
        bus.AddInboxConsumer<KnownAccreditationGrantedConsumer>();
        bus.AddInboxConsumer<KnownAccreditationRenewedConsumer>();
        bus.AddInboxConsumer<KnownAccreditationExpiredConsumer>();
        return bus;
    }

    internal static async Task<KnownOrganisation> LockOrCreateOrganisationAsync(this ReteDbContext db, Guid id, CancellationToken ct)
    {
        var rows = await db.Set<KnownOrganisation>()
            .FromSql($"SELECT * FROM known_organisations WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(ct);
        if (rows.SingleOrDefault() is { } existing)
        {
            return existing;
        }

        var created = KnownOrganisation.Unseen(db.CurrentTenantId!, id);
        db.Add(created);
        return created;
    }

    internal static async Task<KnownAccreditation> LockOrCreateAccreditationAsync(this ReteDbContext db, Guid id, Guid organisationId, CancellationToken ct)
    {
        var rows = await db.Set<KnownAccreditation>()
            .FromSql($"SELECT * FROM known_accreditations WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(ct);
        if (rows.SingleOrDefault() is { } existing)
        {
            return existing;
        }

        var created = KnownAccreditation.Unseen(db.CurrentTenantId!, id, organisationId);
        db.Add(created);
        return created;
    }
}

/// <summary>The read model's consumers share one shape: lock or create the row, apply the event.</summary>
internal abstract class ReadModelConsumer<TMessage>(ReteDbContext db, ITenantContext tenant)
    : InboxConsumer<TMessage>(db, tenant)
    where TMessage : class, IIntegrationEvent
{
    protected ReteDbContext Db { get; } = db;
}

internal sealed class KnownOrganisationRegisteredConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<OrganisationRegistered>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationRegistered m, CancellationToken ct) =>
        (await Db.LockOrCreateOrganisationAsync(m.OrganisationId, ct))
            .ApplyDetails(m.Version, m.Name, m.Kind, m.MunicipalityIstat, m.District, m.Status, m.OccurredAt);
}

internal sealed class KnownOrganisationUpdatedConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<OrganisationUpdated>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationUpdated m, CancellationToken ct) =>
        (await Db.LockOrCreateOrganisationAsync(m.OrganisationId, ct))
            .ApplyDetails(m.Version, m.Name, m.Kind, m.MunicipalityIstat, m.District, m.Status, m.OccurredAt);
}

/// <summary>A re-announcement: fills a row this service never saw; one it has at that version stays as it is.</summary>
internal sealed class KnownOrganisationSnapshotConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<OrganisationSnapshotPublished>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationSnapshotPublished m, CancellationToken ct) =>
        (await Db.LockOrCreateOrganisationAsync(m.OrganisationId, ct))
            .ApplyDetails(m.Version, m.Name, m.Kind, m.MunicipalityIstat, m.District, m.Status, m.OccurredAt);
}

internal sealed class KnownOrganisationSuspendedConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<OrganisationSuspended>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationSuspended m, CancellationToken ct) =>
        (await Db.LockOrCreateOrganisationAsync(m.OrganisationId, ct)).ApplyStatus(m.Version, KnownOrganisation.Suspended, m.OccurredAt);
}

internal sealed class KnownOrganisationReactivatedConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<OrganisationReactivated>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationReactivated m, CancellationToken ct) =>
        (await Db.LockOrCreateOrganisationAsync(m.OrganisationId, ct)).ApplyStatus(m.Version, KnownOrganisation.Active, m.OccurredAt);
}

internal sealed class KnownOrganisationClosedConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<OrganisationClosed>(db, tenant)
{
    protected override async Task HandleAsync(OrganisationClosed m, CancellationToken ct) =>
        (await Db.LockOrCreateOrganisationAsync(m.OrganisationId, ct)).ApplyStatus(m.Version, KnownOrganisation.Closed, m.OccurredAt);
}

internal sealed class KnownAccreditationGrantedConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<AccreditationGranted>(db, tenant)
{
    protected override async Task HandleAsync(AccreditationGranted m, CancellationToken ct) =>
        (await Db.LockOrCreateAccreditationAsync(m.AccreditationId, m.OrganisationId, ct))
            .ApplyGranted(m.Version, m.Kind, m.Region, m.RegisterNumber, m.Stage, m.ValidFrom, m.ValidTo);
}

internal sealed class KnownAccreditationRenewedConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<AccreditationRenewed>(db, tenant)
{
    protected override async Task HandleAsync(AccreditationRenewed m, CancellationToken ct) =>
        (await Db.LockOrCreateAccreditationAsync(m.AccreditationId, m.OrganisationId, ct)).ApplyRenewed(m.Version, m.Stage, m.ValidTo);
}

internal sealed class KnownAccreditationExpiredConsumer(ReteDbContext db, ITenantContext tenant)
    : ReadModelConsumer<AccreditationExpired>(db, tenant)
{
    protected override async Task HandleAsync(AccreditationExpired m, CancellationToken ct) =>
        (await Db.LockOrCreateAccreditationAsync(m.AccreditationId, m.OrganisationId, ct)).ApplyExpired(m.Version, m.ExpiredOn);
}
