using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.Grants.Budgets;
using Rete.Grants.Organisations;

namespace Rete.Grants.Awards;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants", t =>
        {
            t.HasCheckConstraint("ck_grants_disbursed", "disbursed >= 0 AND disbursed <= awarded");
            t.HasCheckConstraint("ck_grants_period", "year_to >= year_from");
        });
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.TenantId).HasMaxLength(48);
        builder.Property(g => g.Title).HasMaxLength(300);
        builder.Property(g => g.Project).HasMaxLength(4000);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.InitialAward).HasPrecision(14, 2);
        builder.Property(g => g.Awarded).HasPrecision(14, 2);
        builder.Property(g => g.Disbursed).HasPrecision(14, 2);
        builder.Property(g => g.TotalProjectCost).HasPrecision(14, 2);
        builder.Property(g => g.ActualSpend).HasPrecision(14, 2);
        builder.Property(g => g.ReleasedOnRevocation).HasPrecision(14, 2);
        builder.Property(g => g.LegalBasis).HasMaxLength(500);
        builder.Property(g => g.SelectionMethod).HasMaxLength(500);
        builder.Property(g => g.Notes).HasMaxLength(4000);
        builder.Property(g => g.ReportNote).HasMaxLength(4000);
        builder.Property(g => g.RevocationReason).HasMaxLength(500);
        builder.ComplexProperty(g => g.Resolution, ResolutionColumns.Map);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.Undisbursed);
        builder.HasMany(g => g.Amendments).WithOne().HasForeignKey(a => a.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Disbursements).WithOne().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BudgetLine>().WithMany().HasForeignKey(g => g.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.TenantId, g.YearFrom });
        builder.HasIndex(g => new { g.TenantId, g.BeneficiaryId });
        builder.HasIndex(g => new { g.TenantId, g.BudgetLineId });
    }
}

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.ToTable("grant_amendments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(48);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Amount).HasPrecision(14, 2);
        builder.Property(a => a.AwardedAfter).HasPrecision(14, 2);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.ComplexProperty(a => a.Resolution, ResolutionColumns.Map);
    }
}

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> builder)
    {
        builder.ToTable("grant_disbursements");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TenantId).HasMaxLength(48);
        builder.Property(d => d.Amount).HasPrecision(14, 2);
        builder.Property(d => d.Reference).HasMaxLength(200);
    }
}

internal static class ResolutionColumns
{
    /// <summary>A resolution is three columns of its owner's row (the snake_case convention does not reach complex types).</summary>
    public static void Map(ComplexPropertyBuilder<Resolution> r)
    {
        r.Property(x => x.Number).HasColumnName("resolution_number").HasMaxLength(50);
        r.Property(x => x.Date).HasColumnName("resolution_date");
        r.Property(x => x.Office).HasColumnName("resolution_office").HasMaxLength(200);
    }
}
