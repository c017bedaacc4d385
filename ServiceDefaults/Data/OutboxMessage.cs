using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.Contracts;
using Rete.ServiceDefaults.Json;

namespace Rete.ServiceDefaults.Data;

/// <summary>An event committed with the state change that raised it, waiting to be published.</summary>
public sealed class OutboxMessage
{
    /// <summary>Insert order: the dispatcher publishes in this order, best effort (not commit order).</summary>
    public long Id { get; private set; }

    public Guid MessageId { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public string? TraceParent { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Set when the row can never be published (its type no longer resolves, its JSON does not
    /// deserialize): the dispatcher leaves it, with the reason in <see cref="LastError"/>, and goes on.</summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    public static OutboxMessage From(IIntegrationEvent e) => new()
    {
        MessageId = e.EventId,
        TenantId = e.TenantId,
        Type = e.GetType().FullName!,
        Payload = JsonSerializer.Serialize(e, e.GetType(), ReteJson.Options),
        OccurredAt = e.OccurredAt,
        TraceParent = Activity.Current?.Id,
    };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseIdentityAlwaysColumn();
        builder.Property(m => m.Type).HasMaxLength(300);
        builder.Property(m => m.TenantId).HasMaxLength(48);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => m.Id).HasFilter("dispatched_at IS NULL AND parked_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
    }
}
