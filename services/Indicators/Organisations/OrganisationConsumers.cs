using Rete.Contracts.Registry;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.Organisations;

internal sealed class OrganisationRegisteredConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<OrganisationRegistered>(db, t, p);

internal sealed class OrganisationUpdatedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<OrganisationUpdated>(db, t, p);

internal sealed class OrganisationSnapshotPublishedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<OrganisationSnapshotPublished>(db, t, p);

internal sealed class OrganisationSuspendedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<OrganisationSuspended>(db, t, p);

internal sealed class OrganisationReactivatedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<OrganisationReactivated>(db, t, p);

internal sealed class OrganisationClosedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<OrganisationClosed>(db, t, p);

internal sealed class AccreditationGrantedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<AccreditationGranted>(db, t, p);

internal sealed class AccreditationRenewedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<AccreditationRenewed>(db, t, p);

internal sealed class AccreditationExpiredConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<AccreditationExpired>(db, t, p);
