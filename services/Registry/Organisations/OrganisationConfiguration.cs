using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Registry.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.TenantId).HasMaxLength(48);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.TaxCode).HasMaxLength(16);
        builder.Property(o => o.MunicipalityIstat).HasMaxLength(6);
        builder.PrimitiveCollection(o => o.Areas).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(o => o.TargetGroups).ElementType().HasConversion<string>();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasGeneratedTsVectorColumn(o => o.SearchVector, "italian", o => new { o.Name, o.Notes })
            .HasIndex(o => o.SearchVector).HasMethod("GIN");
        // Lists page by id within a tenant: without this the primary key is walked past every other tenant's rows.
        builder.HasIndex(o => new { o.TenantId, o.Id });
        builder.HasIndex(o => new { o.TenantId, o.Kind });
        builder.HasIndex(o => new { o.TenantId, o.MunicipalityIstat });
        builder.HasIndex(o => new { o.TenantId, o.TaxCode });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
