using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.ServiceDefaults.Data;

/// <summary>The first response to a POST with an Idempotency-Key, replayed for the same key.</summary>
public sealed class IdempotencyRecord : ITenantOwned
{
    public string TenantId { get; set; } = "";

    public string Key { get; set; } = "";

    public string Fingerprint { get; set; } = "";

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool Completed => StatusCode is not null;
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.TenantId, r.Key });
        builder.Property(r => r.TenantId).HasMaxLength(48);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.Fingerprint).HasMaxLength(100);
        builder.Ignore(r => r.Completed);
    }
}
