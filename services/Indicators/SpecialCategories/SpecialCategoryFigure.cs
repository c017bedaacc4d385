using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.Contracts;
using Rete.Contracts.Referrals;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.SpecialCategories;

/// <summary>
/// The latest special-category counts Referrals published for the tenant (the most recent as-of date wins, whatever
/// order the publications arrive in). Counts of people per area, suppressed at the source; never a person.
/// </summary>
public sealed class SpecialCategoryFigure : ITenantOwned
{
    private SpecialCategoryFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateOnly? AsOf { get; private set; }

    public int SuppressBelow { get; private set; }

    public int? PeopleWithDisability { get; private set; }

    public int? PeopleFollowedByHealthServices { get; private set; }

    public List<SpecialCategoryAreaCounts> Areas { get; private set; } = [];

    /// <summary>One stream per tenant: its id is derived from the tenant's id.</summary>
    public static Guid StreamOf(string tenantId) => new(SHA256.HashData(Encoding.UTF8.GetBytes("special-categories:" + tenantId)).AsSpan(0, 16));

    public static SpecialCategoryFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var f = new SpecialCategoryFigure { TenantId = tenantId, Id = id };
        // The events come in version (as-of day) order: the last one is the latest publication.
        foreach (var m in events.OfType<SpecialCategoryCountsPublished>())
        {
            (f.AsOf, f.SuppressBelow, f.PeopleWithDisability, f.PeopleFollowedByHealthServices, f.Areas) =
                (m.AsOf, m.SuppressBelow, m.PeopleWithDisability, m.PeopleFollowedByHealthServices, [.. m.Areas]);
        }

        return f;
    }
}

internal sealed class SpecialCategoryFigureConfiguration : IEntityTypeConfiguration<SpecialCategoryFigure>
{
    public void Configure(EntityTypeBuilder<SpecialCategoryFigure> builder)
    {
        builder.ToTable("special_category_counts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TenantId).HasMaxLength(48);
        builder.Property(f => f.Areas).HasJsonColumn();
    }
}

internal sealed class SpecialCategoryFold : IStreamFold
{
    public string Stream => Streams.SpecialCategories;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.SpecialCategories.Where(f => f.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.SpecialCategories.Add(SpecialCategoryFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.SpecialCategories.ExecuteDeleteAsync(ct);
}
