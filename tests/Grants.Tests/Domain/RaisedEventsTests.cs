using Rete.Contracts.Grants;
using Rete.Grants.Awards;
using Rete.Grants.Budgets;

namespace Rete.Grants.Tests.Domain;

/// <summary>Each change raises its own event, in the order the changes were made, with the version the change made.</summary>
public class RaisedEventsTests
{
    private static readonly DateOnly Day = new(2015, 6, 1);

    [Fact]
    public void A_new_budget_raises_one_line_set_per_line_in_line_order()
    {
        var budget = Budget.Create("torino", 2015, FundingSource.Region, null, null,
            [(LineKind.Grants, "Contributi", 10_000m), (LineKind.Stipends, "Borse lavoro", 5_000m)], Lines.Now);
        budget.ChangeLine(budget.Lines[1], "Borse", 6_000m, Lines.Now);

        var events = budget.TakeEvents().Cast<BudgetLineSet>().ToList();
        events.Select(e => (e.BudgetLineId, e.Version, e.Amount)).ShouldBe(
            [(budget.Lines[0].Id, 1, 10_000m), (budget.Lines[1].Id, 1, 5_000m), (budget.Lines[1].Id, 2, 6_000m)]);
        events.ShouldAllBe(e => e.Source == "region");
    }

    [Fact]
    public void A_grant_raises_one_event_per_step()
    {
        var line = Lines.Of(20_000m);
        var grant = Lines.Approved(line, 14_000m);
        grant.Amend(AmendmentKind.Reduction, 1_000m, Resolution.None, null, line, Lines.Now);
        grant.Disburse(13_000m, Day, null, line, Lines.Now);
        grant.Report(13_000m, Day, null, Lines.Now);
        grant.Close(Lines.Now);

        grant.TakeEvents().Select(e => e.GetType()).ShouldBe([typeof(GrantRecorded), typeof(GrantApproved), typeof(GrantAmended),
            typeof(GrantDisbursed), typeof(GrantReported), typeof(GrantClosed)]);
        grant.TakeEvents().ShouldBeEmpty();
    }
}
