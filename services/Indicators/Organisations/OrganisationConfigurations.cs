using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Indicators.Organisations;

internal sealed class OrganisationFigureConfiguration : IEntityTypeConfiguration<OrganisationFigure>
{
    public void Configure(EntityTypeBuilder<OrganisationFigure> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.TenantId).HasMaxLength(48);
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.Property(o => o.MunicipalityIstat).HasMaxLength(6);
        builder.Property(o => o.District).HasMaxLength(100);
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.HasIndex(o => new { o.TenantId, o.MunicipalityIstat, o.District });
    }
}

internal sealed class AccreditationFigureConfiguration : IEntityTypeConfiguration<AccreditationFigure>
{
    public void Configure(EntityTypeBuilder<AccreditationFigure> builder)
    {
        builder.ToTable("accreditations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(48);
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Stage).HasMaxLength(20);
        builder.HasIndex(a => new { a.TenantId, a.OrganisationId });
    }
}
