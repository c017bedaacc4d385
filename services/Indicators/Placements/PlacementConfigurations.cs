using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Indicators.Placements;

internal sealed class PlacementFigureConfiguration : IEntityTypeConfiguration<PlacementFigure>
{
    public void Configure(EntityTypeBuilder<PlacementFigure> builder)
    {
        builder.ToTable("placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.Kind).HasMaxLength(30);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.FundingRefusedReason).HasMaxLength(40);
        builder.Property(p => p.Outcome).HasMaxLength(20);
        builder.Property(p => p.ContractType).HasMaxLength(30);
        builder.Property(p => p.Paid).HasPrecision(14, 2);
        builder.HasMany(p => p.FollowUps).WithOne().HasForeignKey(f => f.PlacementId);
        builder.HasIndex(p => new { p.TenantId, p.StartedOn });
        builder.HasIndex(p => new { p.TenantId, p.EndedOn });
        // A person's move re-counts their placements.
        builder.HasIndex(p => new { p.TenantId, p.PersonId });
    }
}

internal sealed class FollowUpFigureConfiguration : IEntityTypeConfiguration<FollowUpFigure>
{
    public void Configure(EntityTypeBuilder<FollowUpFigure> builder)
    {
        builder.ToTable("follow_ups");
        builder.HasKey(f => new { f.PlacementId, f.DaysAfterEnd });
        builder.Property(f => f.TenantId).HasMaxLength(48);
    }
}
