using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Counters;

/// <summary>
/// A pre-aggregated count: how many rows of a figure fall in one time bucket, one area and one combination of the
/// figure's dimensions (<see cref="Key"/>), with the money they carry. A read sums a handful of buckets instead of
/// scanning the tenant's rows. The folds keep these equal to the grouping of their rows (<see cref="CountKeeper"/>).
/// </summary>
public sealed class FigureCount : ITenantOwned
{
    private FigureCount()
    {
    }

    public string TenantId { get; private set; } = "";

    /// <summary>referrals, caseload, caseload.changes, placements.started, placements.ended, placements.outcomes, placements.followups.</summary>
    public string Figure { get; private set; } = "";

    /// <summary>d (day), m (month), y (year), or n for a figure kept for today only (caseload).</summary>
    public string Grain { get; private set; } = "";

    /// <summary>The bucket's first day.</summary>
    public DateOnly Bucket { get; private set; }

    /// <summary>The person's residence municipality; <c>*</c> for the whole tenant's row; empty when unknown.</summary>
    public string Municipality { get; private set; } = "";

    public string District { get; private set; } = "";

    /// <summary>The figure's dimensions joined by <c>|</c> (e.g. status|reason|days waited).</summary>
    public string Key { get; private set; } = "";

    public long Count { get; private set; }

    public decimal Amount { get; private set; }
}

internal sealed class FigureCountConfiguration : IEntityTypeConfiguration<FigureCount>
{
    public void Configure(EntityTypeBuilder<FigureCount> builder)
    {
        builder.ToTable("figure_counts");
        builder.HasKey(c => new { c.TenantId, c.Figure, c.Grain, c.Bucket, c.Municipality, c.District, c.Key });
        builder.Property(c => c.TenantId).HasMaxLength(48);
        builder.Property(c => c.Figure).HasMaxLength(40);
        builder.Property(c => c.Grain).HasMaxLength(1);
        builder.Property(c => c.Municipality).HasMaxLength(6);
        builder.Property(c => c.District).HasMaxLength(100);
        builder.Property(c => c.Key).HasMaxLength(300);
        builder.Property(c => c.Amount).HasPrecision(16, 2);
        // A past day's caseload sums every change up to that day, a few thousand counts per area: read index-only.
        builder.HasIndex(c => new { c.TenantId, c.District, c.Grain, c.Municipality, c.Bucket })
            .HasFilter("figure = 'caseload.changes'")
            .IncludeProperties(c => new { c.Key, c.Count })
            .HasDatabaseName("IX_figure_counts_caseload_changes");
    }
}
