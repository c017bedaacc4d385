using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Referrals.Consents;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(48);
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.Property(c => c.RecipientOrganisationIds).HasJsonColumn();
        builder.Property(c => c.SignedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TenantId, c.PersonId });
        builder.HasIndex(c => new { c.TenantId, c.ExpiresOn });
    }
}
