using Rete.Contracts.Grants;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.Funding;

internal sealed class BudgetLineSetConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<BudgetLineSet>(db, t, p);

internal sealed class GrantRecordedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantRecorded>(db, t, p);

internal sealed class GrantApprovedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantApproved>(db, t, p);

internal sealed class GrantAmendedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantAmended>(db, t, p);

internal sealed class GrantDisbursedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantDisbursed>(db, t, p);

internal sealed class GrantReportedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantReported>(db, t, p);

internal sealed class GrantClosedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantClosed>(db, t, p);

internal sealed class GrantRevokedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GrantRevoked>(db, t, p);

internal sealed class StipendsReservedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<StipendsReserved>(db, t, p);

internal sealed class StipendReservationReleasedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<StipendReservationReleased>(db, t, p);
