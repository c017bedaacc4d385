using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Registry.Consortium;

internal sealed class ConsortiumProfileConfiguration : IEntityTypeConfiguration<ConsortiumProfile>
{
    public void Configure(EntityTypeBuilder<ConsortiumProfile> builder)
    {
        builder.ToTable("consortium_profiles");
        builder.HasKey(p => p.TenantId);
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.LeadMunicipalityIstat).HasMaxLength(6);
        builder.Property(p => p.Members).HasJsonColumn();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.TotalPopulation);
    }
}
