using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Indicators.Projects;

internal sealed class ProjectFigureConfiguration : IEntityTypeConfiguration<ProjectFigure>
{
    public void Configure(EntityTypeBuilder<ProjectFigure> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.Programme).HasMaxLength(40);
        builder.Property(p => p.Measure).HasMaxLength(40);
        builder.HasIndex(p => new { p.TenantId, p.OpenedOn });
    }
}
