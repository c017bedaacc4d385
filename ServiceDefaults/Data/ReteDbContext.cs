using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: tenant query filters on every <see cref="ITenantOwned"/> entity,
/// snake_case names, and the outbox, inbox and idempotency tables, so that a state change and the events
/// it raises commit in one transaction.
/// </summary>
public abstract class ReteDbContext(DbContextOptions options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : DbContext(options)
{
    private readonly List<IIntegrationEvent> pendingEvents = [];

    /// <summary>The tenant this context reads and writes; the query filters and the connection's RLS setting use it.</summary>
    public string? CurrentTenantId => tenant.TenantId;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Events written inside a transaction that has not committed yet: the dispatcher is woken at its commit.</summary>
    internal bool EventsAwaitCommit { get; set; }

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Queues an event; it is written to the outbox by the next SaveChanges, in the same transaction.</summary>
    public void Publish(IIntegrationEvent integrationEvent)
    {
        if (integrationEvent.TenantId != tenant.TenantId)
        {
            throw new InvalidOperationException("An event must belong to the tenant of the operation that raises it.");
        }

        pendingEvents.Add(integrationEvent);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenant();
        CollectRaisedEvents();
        var hadEvents = pendingEvents.Count > 0;
        foreach (var e in pendingEvents)
        {
            OutboxMessages.Add(OutboxMessage.From(e));
        }

        pendingEvents.Clear();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (hadEvents)
        {
            // Inside an explicit transaction the rows are invisible to the dispatcher until the commit, which
            // OutboxCommitInterceptor signals; otherwise SaveChanges was the commit.
            if (Database.CurrentTransaction is null)
            {
                outboxSignal?.Notify();
            }
            else
            {
                EventsAwaitCommit = true;
            }
        }

        return written;
    }

    /// <summary>The events that the tracked aggregates raised, in the order the aggregates were tracked.</summary>
    private void CollectRaisedEvents()
    {
        foreach (var entry in ChangeTracker.Entries<IRaisesEvents>().ToList())
        {
            foreach (var e in entry.Entity.TakeEvents())
            {
                Publish(e);
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the outbox and tenancy guards run there.");

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        ConfigureModel(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            if (entity.BaseType is null && !entity.IsOwned())
            {
                ApplyTenantFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
            }
        }

        SnakeCaseNames.Apply(modelBuilder.Model);
    }

    /// <summary>The service's own entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(ReteDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private void ApplyTenantFilter<T>(ModelBuilder modelBuilder) where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => e.TenantId == CurrentTenantId;
        modelBuilder.Entity<T>().HasQueryFilter(filter);
    }

    /// <summary>No code path may write another tenant's row, even by mistake.</summary>
    private void GuardTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.TenantId != tenant.TenantId)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another tenant cannot be written.");
            }
        }
    }
}
