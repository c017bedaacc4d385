using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Grants.Budgets;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("budgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.TenantId).HasMaxLength(48);
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Notes).HasMaxLength(4000);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.TenantId, b.Year, b.Source }).IsUnique();
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("budget_lines", t =>
        {
            // The database keeps the money rules too, whatever code writes the row.
            t.HasCheckConstraint("ck_budget_lines_committed", "awarded >= 0 AND reserved >= 0 AND disbursed >= 0 AND awarded + reserved <= amount");
            t.HasCheckConstraint("ck_budget_lines_disbursed", "disbursed <= awarded");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TenantId).HasMaxLength(48);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Amount).HasPrecision(14, 2);
        builder.Property(l => l.Awarded).HasPrecision(14, 2);
        builder.Property(l => l.Reserved).HasPrecision(14, 2);
        builder.Property(l => l.Disbursed).HasPrecision(14, 2);
        builder.Ignore(l => l.Committed);
        builder.Ignore(l => l.Available);
        builder.HasIndex(l => new { l.BudgetId, l.Position }).IsUnique();
        builder.HasIndex(l => new { l.TenantId, l.BudgetId });
    }
}
