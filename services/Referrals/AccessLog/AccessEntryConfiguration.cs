using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Referrals.AccessLog;

internal sealed class AccessEntryConfiguration : IEntityTypeConfiguration<AccessEntry>
{
    public void Configure(EntityTypeBuilder<AccessEntry> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(48);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.Roles).HasJsonColumn();
        builder.Property(a => a.What).HasMaxLength(100);
        builder.Property(a => a.Why).HasMaxLength(500);
        builder.HasIndex(a => new { a.TenantId, a.PersonId, a.Id });
    }
}
