using Rete.Contracts;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Grants;

/// <summary>An inbox consumer that works on Grants' own DbContext (the same instance the inbox writes through).</summary>
internal abstract class GrantsConsumer<TMessage>(GrantsDbContext db, ITenantContext tenant)
    : InboxConsumer<TMessage>(db, tenant)
    where TMessage : class, IIntegrationEvent
{
    protected GrantsDbContext Db { get; } = db;
}
