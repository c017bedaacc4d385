using Rete.Contracts;
using Rete.Contracts.Placements;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Referrals.Pathway;

/// <summary>Keeps each step of a placement that Placements announces (once: the inbox skips a redelivery).</summary>
public abstract class PlacementStepConsumer<T>(ReferralsDbContext db, ITenantContext tenant) : InboxConsumer<T>(db, tenant)
    where T : class, IIntegrationEvent
{
    protected override Task HandleAsync(T message, CancellationToken cancellationToken)
    {
        if (PlacementStep.From(message) is { } step)
        {
            db.PlacementSteps.Add(step);
        }

        return Task.CompletedTask;
    }
}

public sealed class PlacementProposedStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementProposed>(db, t);

public sealed class PlacementFundedStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementFunded>(db, t);

public sealed class PlacementFundingRefusedStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementFundingRefused>(db, t);

public sealed class PlacementStartedStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementStarted>(db, t);

public sealed class PlacementCompletedStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementCompleted>(db, t);

public sealed class PlacementInterruptedStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementInterrupted>(db, t);

public sealed class PlacementCancelledStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementCancelled>(db, t);

public sealed class PlacementOutcomeStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementOutcomeRecorded>(db, t);

public sealed class PlacementFollowUpStepConsumer(ReferralsDbContext db, ITenantContext t) : PlacementStepConsumer<PlacementFollowUpRecorded>(db, t);
