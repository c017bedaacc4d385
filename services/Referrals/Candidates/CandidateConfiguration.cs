using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Referrals.Candidates;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(48);
        builder.Property(c => c.District).HasMaxLength(100);
        builder.Property(c => c.Cv).HasMaxLength(8000);
        // A text[] rather than JSON: the search for a skill becomes "= ANY(skills)".
        builder.Property(c => c.Skills).HasColumnType("text[]");
        builder.Property(c => c.Mobility).HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TenantId, c.InBank });
    }
}
