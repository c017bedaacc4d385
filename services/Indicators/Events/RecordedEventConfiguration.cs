using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Indicators.Events;

internal sealed class RecordedEventConfiguration : IEntityTypeConfiguration<RecordedEvent>
{
    public void Configure(EntityTypeBuilder<RecordedEvent> builder)
    {
        builder.ToTable("recorded_events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Property(e => e.TenantId).HasMaxLength(48);
        builder.Property(e => e.Type).HasMaxLength(120);
        builder.Property(e => e.Stream).HasMaxLength(40);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.TenantId, e.Stream, e.StreamId, e.Version });
    }
}
