using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Telemetry;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>
/// The base of every consumer: it acts for the message's tenant, records the message in the inbox in the
/// same transaction as its effect, and skips a message it has already applied. A failure rolls both back,
/// so MassTransit's retry (and finally the _error queue) sees it; nothing is acknowledged silently.
/// </summary>
public abstract class InboxConsumer<TMessage>(ReteDbContext db, ITenantContext tenant) : IConsumer<TMessage>
    where TMessage : class, IIntegrationEvent
{
    private string ConsumerName => GetType().FullName!;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var message = context.Message;
        tenant.Set(message.TenantId);
        var ct = context.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var first = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({message.EventId}, {ConsumerName}, now()) ON CONFLICT DO NOTHING",
            ct);
        if (first == 0)
        {
            return;
        }

        await HandleAsync(message, ct);
        await db.SaveChangesAsync(ct);
        // The commit wakes the outbox dispatcher when the handler raised events (OutboxCommitInterceptor).
        await transaction.CommitAsync(ct);
        ReteTelemetry.ConsumerLag.Record((DateTimeOffset.UtcNow - message.OccurredAt).TotalMilliseconds,
            new KeyValuePair<string, object?>("messaging.message.type", typeof(TMessage).Name));
    }

    /// <summary>Applies the message's effect through the service's DbContext; it is saved and committed by the caller.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
