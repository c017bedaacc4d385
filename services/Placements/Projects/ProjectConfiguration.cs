using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Placements.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects", t => t.HasCheckConstraint("ck_projects_dates", "concluded_on IS NULL OR concluded_on >= opened_on"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.Programme).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.TenantId, p.OpenedOn });
        builder.HasIndex(p => new { p.TenantId, p.PersonId });
    }
}
