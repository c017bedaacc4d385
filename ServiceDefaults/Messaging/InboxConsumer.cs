using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Telemetry;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>
/// The base of every consumer: it acts for the messages' tenant, records them in the inbox in the same transaction as
/// their effect, and skips those it has already applied. Messages come in batches of one tenant
/// (<see cref="InboxConsumerDefinition{TConsumer, TMessage}"/>) applied in one transaction: one connection, one inbox
/// statement and one commit for the batch instead of one each, which is most of what a consumed event cost. A failure
/// rolls the batch back; unless the database is out of reach, its messages are then applied one transaction each, so
/// one that cannot be applied holds back none of the others, and its failure goes on to MassTransit's retry and
/// finally _error (with its batch, whose other messages the inbox will skip). Nothing is acknowledged silently.
/// </summary>
public abstract class InboxConsumer<TMessage>(ReteDbContext db, ITenantContext tenant) : IConsumer<Batch<TMessage>>
    where TMessage : class, IIntegrationEvent
{
    private string ConsumerName => GetType().FullName!;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var messages = context.Message.Select(m => m.Message).ToList();
        // One tenant per batch (the definition groups by it); Set refuses a second one, so a mix would fail, not leak.
        foreach (var message in messages)
        {
            tenant.Set(message.TenantId);
        }

        var ct = context.CancellationToken;
        try
        {
            await ApplyAsync(messages, ct);
        }
        catch (Exception e) when (messages.Count > 1 && !ConsumerRetry.IsTransient(e))
        {
            Exception? failure = null;
            foreach (var message in messages)
            {
                try
                {
                    await ApplyAsync([message], ct);
                }
                catch (Exception alone) when (!ConsumerRetry.IsTransient(alone))
                {
                    failure ??= alone;
                }
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<TMessage> messages, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = messages.Select(m => m.EventId).ToArray();
        var fresh = (await db.Database.SqlQuery<Guid>(
                $"""
                INSERT INTO inbox_messages (message_id, consumer, processed_at)
                SELECT unnest({ids}), {ConsumerName}, now() ON CONFLICT DO NOTHING RETURNING message_id AS "Value"
                """).ToListAsync(ct)).ToHashSet();
        if (fresh.Count == 0)
        {
            return;
        }

        // In arrival order, each saved before the next is handled, so a handler sees what the one before it changed;
        // each starts with nothing tracked, as it would in a transaction of its own (handlers add rows by key).
        var applied = messages.Where(m => fresh.Remove(m.EventId)).OrderBy(LockOrder).ToList();
        foreach (var message in applied)
        {
            await HandleAsync(message, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        // The commit wakes the outbox dispatcher when a handler raised events (OutboxCommitInterceptor).
        await transaction.CommitAsync(ct);
        var now = DateTimeOffset.UtcNow;
        foreach (var message in applied)
        {
            ReteTelemetry.ConsumerLag.Record((now - message.OccurredAt).TotalMilliseconds,
                new KeyValuePair<string, object?>("messaging.message.type", typeof(TMessage).Name));
        }
    }

    /// <summary>
    /// The row a message's handler locks, where one row is locked by many messages (a budget line): a batch applies its
    /// messages in this order (arrival order among equals), so two batches always lock in the same order and never
    /// deadlock on each other. Null: arrival order.
    /// </summary>
    protected virtual Guid? LockOrder(TMessage message) => null;

    /// <summary>Applies the message's effect through the service's DbContext; it is saved and committed by the caller.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
