using Microsoft.EntityFrameworkCore;
using Rete.Contracts.Referrals;
using Rete.Referrals.People;
using Rete.Referrals.Protection;

namespace Rete.Referrals.SpecialCategories;

/// <summary>
/// Counts the context tenant's people with a disability recorded and those followed by health services, per residence
/// municipality and district, and publishes the counts (SpecialCategoryCountsPublished) through the outbox. Only
/// counts leave: no person id, and a count from 1 to <c>Referrals:SpecialCategorySuppressBelow</c> − 1 (default 5) is
/// suppressed here, at the source, as is a total from which a suppressed count could be worked out by subtraction.
/// The data is decrypted in memory one person at a time and never kept.
/// </summary>
internal sealed class SpecialCategoryCounts(ReferralsDbContext db, PersonalDataProtector protector, TimeProvider clock, IConfiguration configuration)
{
    public const int DefaultThreshold = 5;

    public int SuppressBelow { get; } = Math.Max(1, configuration.GetValue("Referrals:SpecialCategorySuppressBelow", DefaultThreshold));

    public async Task<SpecialCategoryCountsPublished> PublishAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cells = new Dictionary<(string? Municipality, string? District), (int Disability, int Health)>();
        var people = db.People.AsNoTracking().Where(p => p.SpecialCategoryCipher != null)
            .Select(p => new { p.MunicipalityIstat, p.District, p.SpecialCategoryCipher }).AsAsyncEnumerable();
        await foreach (var p in people.WithCancellation(ct))
        {
            var data = PersonFiles.OpenSpecialCategory(protector, p.SpecialCategoryCipher!);
            var (disability, health) = cells.GetValueOrDefault((p.MunicipalityIstat, p.District));
            cells[(p.MunicipalityIstat, p.District)] = (
                disability + (string.IsNullOrWhiteSpace(data?.Disability) ? 0 : 1),
                health + (string.IsNullOrWhiteSpace(data?.HealthServiceFollowUp) ? 0 : 1));
        }

        var areas = cells.OrderBy(c => c.Key.Municipality, StringComparer.Ordinal).ThenBy(c => c.Key.District, StringComparer.Ordinal)
            .Select(c => new SpecialCategoryAreaCounts(c.Key.Municipality, c.Key.District, Shown(c.Value.Disability), Shown(c.Value.Health)))
            .ToList();
        var published = new SpecialCategoryCountsPublished(
            Guid.CreateVersion7(now), db.CurrentTenantId!, now, DateOnly.FromDateTime(now.UtcDateTime), SuppressBelow,
            Total(cells.Values.Select(v => v.Disability)), Total(cells.Values.Select(v => v.Health)), areas);
        db.Publish(published);
        await db.SaveChangesAsync(ct);
        return published;
    }

    private int? Shown(int people) => people > 0 && people < SuppressBelow ? null : people;

    /// <summary>The total, unless the suppressed counts together are small enough that subtracting the shown ones would reveal them.</summary>
    private int? Total(IEnumerable<int> counts)
    {
        var list = counts.ToList();
        var suppressed = list.Where(c => Shown(c) is null).Sum();
        return suppressed > 0 && suppressed < SuppressBelow ? null : Shown(list.Sum());
    }
}
