using Rete.Contracts.Placements;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.Placements;

internal sealed class PlacementProposedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementProposed>(db, t, p);

internal sealed class PlacementFundedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementFunded>(db, t, p);

internal sealed class PlacementFundingRefusedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementFundingRefused>(db, t, p);

internal sealed class PlacementStartedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementStarted>(db, t, p);

internal sealed class PlacementCompletedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementCompleted>(db, t, p);

internal sealed class PlacementInterruptedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementInterrupted>(db, t, p);

internal sealed class PlacementCancelledConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementCancelled>(db, t, p);

internal sealed class PlacementAttendanceRecordedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementAttendanceRecorded>(db, t, p);

internal sealed class PlacementOutcomeRecordedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementOutcomeRecorded>(db, t, p);

internal sealed class PlacementFollowUpRecordedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PlacementFollowUpRecorded>(db, t, p);
