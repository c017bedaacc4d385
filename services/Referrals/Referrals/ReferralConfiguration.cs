using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Referrals.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(48);
        builder.Property(r => r.Programme).HasMaxLength(40);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Priority).HasMaxLength(20);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.SentBy).HasMaxLength(200);
        builder.Property(r => r.CaseManagerId).HasMaxLength(200);
        builder.Property(r => r.RejectionReasonCode).HasMaxLength(40);
        builder.Property(r => r.Outcome).HasMaxLength(40);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The queues: incoming and outgoing per organisation, in order of sending (UUID v7 ids).
        builder.HasIndex(r => new { r.TenantId, r.ToOrganisationId, r.Status, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.FromOrganisationId, r.Status, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.PersonId });
    }
}
