using Rete.Grants.Awards;
using Rete.Grants.Budgets;

namespace Rete.Grants.Tests.Domain;

/// <summary>Budget lines and grants built in memory, as the endpoints build them.</summary>
internal static class Lines
{
    public static readonly DateTimeOffset Now = new(2015, 5, 12, 9, 0, 0, TimeSpan.Zero);

    public static BudgetLine Of(decimal amount, LineKind kind = LineKind.Grants) =>
        Budget.Create("torino", 2015, FundingSource.MunicipalFunds, null, null, [], Now).AddLine(kind, "Contributi", amount, Now);

    public static Grant Draft(BudgetLine line, decimal awarded, decimal? totalProjectCost = null) =>
        Grant.Record("torino", new GrantDetails("Col-labora in 2", null, Guid.NewGuid(), line.Id, Resolution.None, 2015, 2015, null, null,
            awarded, totalProjectCost, null, null, null), line, Now);

    public static Grant Approved(BudgetLine line, decimal awarded, decimal? totalProjectCost = null)
    {
        var grant = Draft(line, awarded, totalProjectCost);
        grant.Approve(line, Now);
        return grant;
    }
}
