using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Indicators.Funding;

internal sealed class BudgetLineFigureConfiguration : IEntityTypeConfiguration<BudgetLineFigure>
{
    public void Configure(EntityTypeBuilder<BudgetLineFigure> builder)
    {
        builder.ToTable("budget_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TenantId).HasMaxLength(48);
        builder.Property(l => l.Source).HasMaxLength(40);
        builder.Property(l => l.Kind).HasMaxLength(20);
        builder.Property(l => l.Amount).HasPrecision(14, 2);
        builder.HasIndex(l => new { l.TenantId, l.Year });
    }
}

internal sealed class GrantFigureConfiguration : IEntityTypeConfiguration<GrantFigure>
{
    public void Configure(EntityTypeBuilder<GrantFigure> builder)
    {
        builder.ToTable("grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.TenantId).HasMaxLength(48);
        builder.Property(g => g.Status).HasMaxLength(20);
        builder.Property(g => g.Awarded).HasPrecision(14, 2);
        builder.Property(g => g.TotalProjectCost).HasPrecision(14, 2);
        builder.Property(g => g.Disbursed).HasPrecision(14, 2);
        builder.Property(g => g.ActualSpend).HasPrecision(14, 2);
        builder.Property(g => g.Spending).HasPrecision(14, 2);
        builder.HasIndex(g => new { g.TenantId, g.YearFrom });
    }
}

internal sealed class ReservationFigureConfiguration : IEntityTypeConfiguration<ReservationFigure>
{
    public void Configure(EntityTypeBuilder<ReservationFigure> builder)
    {
        builder.ToTable("reservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(48);
        builder.Property(r => r.Amount).HasPrecision(14, 2);
        builder.Property(r => r.Released).HasPrecision(14, 2);
        builder.Property(r => r.Committed).HasPrecision(14, 2);
        builder.HasIndex(r => new { r.TenantId, r.BudgetLineId });
    }
}
