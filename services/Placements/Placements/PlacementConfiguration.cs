using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.Placements.Attendance;
using Rete.Placements.FollowUps;

namespace Rete.Placements.Placements;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements", t =>
        {
            t.HasCheckConstraint("ck_placements_stipend", "monthly_stipend > 0 AND duration_months IN (3, 4, 6)");
            // Never active (or ended) without a reservation: the database holds the rule too.
            t.HasCheckConstraint("ck_placements_funded", "status IN ('Proposed', 'Cancelled') OR reserved_amount IS NOT NULL");
            t.HasCheckConstraint("ck_placements_paid", "reserved_amount IS NULL OR paid_amount <= reserved_amount");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.MonthlyStipend).HasPrecision(14, 2);
        builder.Property(p => p.ReservedAmount).HasPrecision(14, 2);
        builder.Property(p => p.PaidAmount).HasPrecision(14, 2);
        builder.Property(p => p.ReleasedAmount).HasPrecision(14, 2);
        builder.Property(p => p.WeeklyHours).HasPrecision(5, 2);
        builder.Property(p => p.Tutor).HasMaxLength(200);
        builder.Property(p => p.FundingRefusal).HasMaxLength(40);
        builder.Property(p => p.EndReason).HasMaxLength(500);
        builder.Property(p => p.ContractType).HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.RequestedAmount);
        builder.Ignore(p => p.KindName);
        builder.Ignore(p => p.StipendsDue);
        builder.HasMany(p => p.Attendance).WithOne().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FollowUps).WithOne().HasForeignKey(f => f.PlacementId).OnDelete(DeleteBehavior.Cascade);
        // Lists page in id order: with the id last, a filtered page reads its 50 rows in order instead of walking the
        // primary key past every placement of other statuses or hosts.
        builder.HasIndex(p => new { p.TenantId, p.Status, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.HostOrganisationId, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.BudgetLineId });
        builder.HasIndex(p => new { p.TenantId, p.PersonId });
    }
}

internal sealed class AttendanceMonthConfiguration : IEntityTypeConfiguration<AttendanceMonth>
{
    public void Configure(EntityTypeBuilder<AttendanceMonth> builder)
    {
        builder.ToTable("attendance_months", t =>
            t.HasCheckConstraint("ck_attendance_days", "days_attended >= 0 AND days_attended <= days_scheduled AND days_scheduled BETWEEN 1 AND 31"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(48);
        builder.Property(a => a.StipendDue).HasPrecision(14, 2);
        builder.HasIndex(a => new { a.PlacementId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.MonthStart });
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("follow_ups");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TenantId).HasMaxLength(48);
        builder.Property(f => f.Note).HasMaxLength(1000);
        builder.Ignore(f => f.IsRecorded);
        builder.HasIndex(f => new { f.PlacementId, f.DaysAfterEnd }).IsUnique();
        builder.HasIndex(f => new { f.TenantId, f.DueOn }).HasFilter("recorded_on IS NULL");
    }
}
