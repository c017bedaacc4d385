using Rete.Contracts;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.Events;

/// <summary>
/// Every consumer of this service does the same: keep the event, fold its aggregate again. The inbox drops a
/// redelivered message; the event store (keyed by event id) drops a republished copy.
/// </summary>
internal abstract class RecordingConsumer<TEvent>(IndicatorsDbContext db, ITenantContext tenant, Projector projector)
    : InboxConsumer<TEvent>(db, tenant)
    where TEvent : class, IIntegrationEvent
{
    protected override Task HandleAsync(TEvent message, CancellationToken cancellationToken) =>
        projector.RecordAsync(db, message, cancellationToken);
}
