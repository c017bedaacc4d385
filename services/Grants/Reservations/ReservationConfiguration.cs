using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Grants.Reservations;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<StipendReservation>
{
    public void Configure(EntityTypeBuilder<StipendReservation> builder)
    {
        builder.ToTable("stipend_reservations", t =>
            t.HasCheckConstraint("ck_stipend_reservations_amounts", "amount >= 0 AND released_amount >= 0 AND released_amount <= amount"));
        // The id comes from the requester: keyed per tenant, so no tenant can take or block another's reservation ids.
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(48);
        builder.Property(r => r.MonthlyAmount).HasPrecision(14, 2);
        builder.Property(r => r.Amount).HasPrecision(14, 2);
        builder.Property(r => r.ReleasedAmount).HasPrecision(14, 2);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RefusalReason).HasMaxLength(40);
        builder.Property(r => r.ReleaseReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Retained);
        builder.HasIndex(r => new { r.TenantId, r.BudgetLineId });
        builder.HasIndex(r => new { r.TenantId, r.PlacementId });
    }
}
