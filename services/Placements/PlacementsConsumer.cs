using Rete.Contracts;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Placements;

/// <summary>An inbox consumer that works on Placements' own DbContext (the same instance the inbox writes through).</summary>
internal abstract class PlacementsConsumer<TMessage>(PlacementsDbContext db, ITenantContext tenant)
    : InboxConsumer<TMessage>(db, tenant)
    where TMessage : class, IIntegrationEvent
{
    protected PlacementsDbContext Db { get; } = db;
}
