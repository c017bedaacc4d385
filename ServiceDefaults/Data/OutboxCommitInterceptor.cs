using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rete.ServiceDefaults.Data;

/// <summary>
/// Wakes the outbox dispatcher after a transaction that wrote events commits, whoever began it (an endpoint, a
/// consumer, a use case with several saves), so no caller has to remember to.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Wake(TransactionEndEventData eventData)
    {
        if (eventData.Context is ReteDbContext { EventsAwaitCommit: true } context)
        {
            context.EventsAwaitCommit = false;
            signal.Notify();
        }
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is ReteDbContext context)
        {
            context.EventsAwaitCommit = false;
        }
    }
}
