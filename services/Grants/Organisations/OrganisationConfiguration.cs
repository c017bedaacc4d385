using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Grants.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.TenantId).HasMaxLength(48);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.Property(o => o.TaxCode).HasMaxLength(16);
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.Ignore(o => o.Version);
        builder.Ignore(o => o.IsKnown);
        builder.Ignore(o => o.IsActive);
        builder.HasIndex(o => new { o.TenantId, o.Name });
    }
}
