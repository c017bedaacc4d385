using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Placements.Consents;

internal sealed class KnownConsentConfiguration : IEntityTypeConfiguration<KnownConsent>
{
    public void Configure(EntityTypeBuilder<KnownConsent> builder)
    {
        builder.ToTable("known_consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(48);
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.Property(c => c.RecipientOrganisationIds).HasJsonColumn();
        builder.HasIndex(c => new { c.TenantId, c.PersonId });
    }
}
