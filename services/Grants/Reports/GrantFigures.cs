using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Rete.Grants.Awards;
using Rete.Grants.Budgets;

namespace Rete.Grants.Reports;

/// <summary>
/// The sums every report shows for a set of decided grants. <see cref="Spending"/> is the money a grant stands for
/// in the network's accounts: the project's total cost where the resolution gives it, else the award; for a revoked
/// grant, what was paid. docs/grants.md states the rule.
/// </summary>
public sealed record GrantFigures(int Grants, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending)
{
    public static readonly GrantFigures Zero = new(0, 0, 0, 0, 0);

    public GrantFigures Plus(GrantFigures other) => new(
        Grants + other.Grants, Awarded + other.Awarded, Disbursed + other.Disbursed, TotalProjectCost + other.TotalProjectCost,
        Spending + other.Spending);
}

internal static class GrantSums
{
    /// <summary>Groups decided grants by <paramref name="key"/> and sums them in the database.</summary>
    public static async Task<Dictionary<TKey, GrantFigures>> SumByAsync<TKey>(
        this IQueryable<Grant> grants, Expression<Func<Grant, TKey>> key, CancellationToken ct)
        where TKey : notnull
    {
        var rows = await grants.GroupBy(key).Select(g => new
        {
            g.Key,
            Grants = g.Count(),
            Awarded = g.Sum(x => x.Awarded),
            Disbursed = g.Sum(x => x.Disbursed),
            TotalProjectCost = g.Sum(x => x.Status == GrantStatus.Revoked ? 0 : x.TotalProjectCost ?? 0),
            Spending = g.Sum(x => x.Status == GrantStatus.Revoked ? x.Awarded : x.TotalProjectCost ?? x.Awarded),
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new GrantFigures(r.Grants, r.Awarded, r.Disbursed, r.TotalProjectCost, r.Spending));
    }
}

/// <summary>A budget's figures summed over lines: planned, committed (awards and stipend reservations), paid, still free.</summary>
public sealed record BudgetFigures(decimal Budgeted, decimal Awarded, decimal StipendsReserved, decimal Disbursed, decimal Available)
{
    public static readonly BudgetFigures Zero = new(0, 0, 0, 0, 0);
}

internal static class BudgetSums
{
    public static async Task<Dictionary<TKey, BudgetFigures>> SumByAsync<TKey>(
        this GrantsDbContext db, Expression<Func<BudgetRow, TKey>> key, int? firstYear, int? lastYear, CancellationToken ct)
        where TKey : notnull
    {
        var lines = from l in db.BudgetLines
                    join b in db.Budgets on l.BudgetId equals b.Id
                    where (firstYear == null || b.Year >= firstYear) && (lastYear == null || b.Year <= lastYear)
                    select new BudgetRow { Year = b.Year, Source = b.Source, Amount = l.Amount, Awarded = l.Awarded, Reserved = l.Reserved, Disbursed = l.Disbursed };
        var rows = await lines.GroupBy(key).Select(g => new
        {
            g.Key,
            Budgeted = g.Sum(x => x.Amount),
            Awarded = g.Sum(x => x.Awarded),
            Reserved = g.Sum(x => x.Reserved),
            Disbursed = g.Sum(x => x.Disbursed),
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new BudgetFigures(r.Budgeted, r.Awarded, r.Reserved, r.Disbursed,
            Math.Max(0, r.Budgeted - r.Awarded - r.Reserved)));
    }
}

/// <summary>A budget line with its budget's year and source, the shape budget sums group.</summary>
public sealed class BudgetRow
{
    public int Year { get; init; }

    public FundingSource Source { get; init; }

    public decimal Amount { get; init; }

    public decimal Awarded { get; init; }

    public decimal Reserved { get; init; }

    public decimal Disbursed { get; init; }
}
