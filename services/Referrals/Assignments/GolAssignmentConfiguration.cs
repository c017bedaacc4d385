using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Referrals.Assignments;

internal sealed class GolAssignmentConfiguration : IEntityTypeConfiguration<GolAssignment>
{
    public void Configure(EntityTypeBuilder<GolAssignment> builder)
    {
        builder.ToTable("gol_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(48);
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.Outcome).HasMaxLength(40);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.TenantId, a.PersonId });
        builder.HasIndex(a => new { a.TenantId, a.OperatorOrganisationId, a.Id });
        builder.HasIndex(a => new { a.TenantId, a.CpiOrganisationId, a.Id });
    }
}
