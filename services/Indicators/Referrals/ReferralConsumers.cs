using Rete.Contracts.Referrals;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.Referrals;

internal sealed class PersonRegisteredConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PersonRegistered>(db, t, p);

internal sealed class PersonResidenceChangedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<PersonResidenceChanged>(db, t, p);

internal sealed class ConsentGivenConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ConsentGiven>(db, t, p);

internal sealed class ConsentWithdrawnConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ConsentWithdrawn>(db, t, p);

internal sealed class ConsentExpiredConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ConsentExpired>(db, t, p);

internal sealed class ReferralSentConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ReferralSent>(db, t, p);

internal sealed class ReferralAcceptedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ReferralAccepted>(db, t, p);

internal sealed class ReferralRejectedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ReferralRejected>(db, t, p);

internal sealed class ReferralWithdrawnConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ReferralWithdrawn>(db, t, p);

internal sealed class ReferralClosedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ReferralClosed>(db, t, p);

internal sealed class GolAssignmentCreatedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GolAssignmentCreated>(db, t, p);

internal sealed class GolAssignmentClosedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<GolAssignmentClosed>(db, t, p);
