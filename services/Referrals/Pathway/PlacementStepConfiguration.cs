using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Referrals.Pathway;

internal sealed class PlacementStepConfiguration : IEntityTypeConfiguration<PlacementStep>
{
    public void Configure(EntityTypeBuilder<PlacementStep> builder)
    {
        builder.ToTable("placement_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TenantId).HasMaxLength(48);
        builder.Property(s => s.Event).HasMaxLength(40);
        builder.Property(s => s.Detail).HasMaxLength(80);
        builder.HasIndex(s => new { s.TenantId, s.PersonId });
        builder.HasIndex(s => new { s.TenantId, s.PlacementId });
    }
}
