using Rete.Grants.Awards;
using Rete.Grants.Budgets;
using Rete.ServiceDefaults.Errors;

namespace Rete.Grants.Tests.Domain;

public class GrantTests
{
    private static readonly DateOnly Day = new(2015, 6, 1);

    [Fact]
    public void A_grant_goes_from_draft_to_closed_committing_money_only_from_approval()
    {
        var line = Lines.Of(20_000m);
        var grant = Lines.Draft(line, 14_000m, totalProjectCost: 18_000m);
        grant.Status.ShouldBe(GrantStatus.Draft);
        line.Awarded.ShouldBe(0m);

        grant.Approve(line, Lines.Now);
        line.Awarded.ShouldBe(14_000m);
        grant.Disburse(7_000m, Day, "mandato 1", line, Lines.Now);
        grant.Status.ShouldBe(GrantStatus.Disbursing);
        grant.Disburse(7_000m, Day, "mandato 2", line, Lines.Now);
        grant.Status.ShouldBe(GrantStatus.Disbursed);
        grant.Report(17_850.40m, Day, "rendiconto", Lines.Now);
        grant.Status.ShouldBe(GrantStatus.Reported);
        grant.Close(Lines.Now);

        grant.Status.ShouldBe(GrantStatus.Closed);
        grant.Version.ShouldBe(6);
        line.Disbursed.ShouldBe(14_000m);
        line.Available.ShouldBe(6_000m);
    }

    [Fact]
    public void A_thousand_euro_in_three_payments_is_paid_to_the_cent()
    {
        var line = Lines.Of(1_000m);
        var grant = Lines.Approved(line, 1_000.00m);

        grant.Disburse(333.33m, Day, null, line, Lines.Now);
        grant.Disburse(333.33m, Day, null, line, Lines.Now);
        grant.Undisbursed.ShouldBe(333.34m);
        grant.Disburse(333.34m, Day, null, line, Lines.Now);

        grant.Disbursed.ShouldBe(1_000.00m);
        grant.Status.ShouldBe(GrantStatus.Disbursed);
        grant.Disbursements.Sum(d => d.Amount).ShouldBe(1_000.00m);
        line.Disbursed.ShouldBe(1_000.00m);
    }

    [Fact]
    public void Three_equal_payments_that_overshoot_by_a_cent_stop_at_the_award()
    {
        var line = Lines.Of(1_000m);
        var grant = Lines.Approved(line, 1_000.00m);
        grant.Disburse(333.34m, Day, null, line, Lines.Now);
        grant.Disburse(333.34m, Day, null, line, Lines.Now);

        Should.Throw<DomainException>(() => grant.Disburse(333.34m, Day, null, line, Lines.Now)).Code.ShouldBe("exceeds-award");
        grant.Disbursed.ShouldBe(666.68m);
        grant.Status.ShouldBe(GrantStatus.Disbursing);

        grant.Disburse(333.32m, Day, null, line, Lines.Now);
        grant.Status.ShouldBe(GrantStatus.Disbursed);
    }

    [Fact]
    public void A_top_up_takes_more_from_the_line_and_reopens_a_paid_grant()
    {
        var line = Lines.Of(30_989m);
        var grant = Lines.Approved(line, 14_000m);
        grant.Disburse(14_000m, Day, null, line, Lines.Now);
        grant.Status.ShouldBe(GrantStatus.Disbursed);

        var amendment = grant.Amend(AmendmentKind.TopUp, 8_000m, new Resolution(null, null, "Circoscrizione 2"), "integrazione", line, Lines.Now);

        amendment.AwardedAfter.ShouldBe(22_000m);
        grant.Awarded.ShouldBe(22_000m);
        grant.InitialAward.ShouldBe(14_000m);
        grant.Status.ShouldBe(GrantStatus.Disbursing);
        line.Awarded.ShouldBe(22_000m);
        line.Available.ShouldBe(8_989m);
    }

    [Fact]
    public void A_top_up_stays_within_the_line_and_the_project_cost()
    {
        var line = Lines.Of(10_000m);
        var grant = Lines.Approved(line, 6_000m, totalProjectCost: 9_000m);

        Should.Throw<DomainException>(() => grant.Amend(AmendmentKind.TopUp, 3_000.01m, Resolution.None, null, line, Lines.Now))
            .Code.ShouldBe("award-exceeds-project-cost");
        var other = Lines.Approved(line, 3_500m);
        Should.Throw<DomainException>(() => grant.Amend(AmendmentKind.TopUp, 600m, Resolution.None, null, line, Lines.Now))
            .Code.ShouldBe("insufficient-funds");

        grant.Awarded.ShouldBe(6_000m);
        other.Awarded.ShouldBe(3_500m);
        line.Awarded.ShouldBe(9_500m);
    }

    [Fact]
    public void A_reduction_never_goes_below_what_is_disbursed_and_gives_the_rest_back()
    {
        var line = Lines.Of(10_000m);
        var grant = Lines.Approved(line, 10_000m);
        grant.Disburse(4_000m, Day, null, line, Lines.Now);

        Should.Throw<DomainException>(() => grant.Amend(AmendmentKind.Reduction, 6_000.01m, Resolution.None, null, line, Lines.Now))
            .Code.ShouldBe("reduction-below-disbursed");
        grant.Amend(AmendmentKind.Reduction, 6_000m, Resolution.None, "spesa inferiore", line, Lines.Now);

        grant.Awarded.ShouldBe(4_000m);
        grant.Status.ShouldBe(GrantStatus.Disbursed);
        line.Awarded.ShouldBe(4_000m);
        line.Available.ShouldBe(6_000m);
    }

    [Fact]
    public void A_reduction_to_nothing_is_a_revocation_not_an_amendment()
    {
        var line = Lines.Of(5_000m);
        var grant = Lines.Approved(line, 5_000m);
        Should.Throw<DomainException>(() => grant.Amend(AmendmentKind.Reduction, 5_000m, Resolution.None, null, line, Lines.Now))
            .Code.ShouldBe("reduction-to-zero");
    }

    [Fact]
    public void Revoking_releases_what_is_not_disbursed()
    {
        var line = Lines.Of(10_000m);
        var grant = Lines.Approved(line, 9_400m);
        grant.Disburse(2_350.50m, Day, null, line, Lines.Now);

        grant.Revoke("progetto non realizzato", line, Lines.Now).ShouldBe(7_049.50m);

        grant.Status.ShouldBe(GrantStatus.Revoked);
        grant.Awarded.ShouldBe(2_350.50m);
        line.Awarded.ShouldBe(2_350.50m);
        line.Available.ShouldBe(7_649.50m);
        Should.Throw<DomainException>(() => grant.Revoke(null, line, Lines.Now)).Code.ShouldBe("grant-not-revocable");
    }

    [Fact]
    public void Revoking_a_draft_releases_nothing_because_nothing_was_committed()
    {
        var line = Lines.Of(5_000m);
        Lines.Approved(line, 1_000m);
        var draft = Lines.Draft(line, 4_000m);
        draft.Revoke(null, line, Lines.Now).ShouldBe(0m);
        line.Awarded.ShouldBe(1_000m);
    }

    [Fact]
    public void Each_step_refuses_a_grant_in_the_wrong_state()
    {
        var line = Lines.Of(10_000m);
        var draft = Lines.Draft(line, 1_000m);
        Should.Throw<DomainException>(() => draft.Disburse(100m, Day, null, line, Lines.Now)).Code.ShouldBe("grant-not-disbursable");
        Should.Throw<DomainException>(() => draft.Amend(AmendmentKind.TopUp, 100m, Resolution.None, null, line, Lines.Now)).Code.ShouldBe("grant-not-amendable");
        Should.Throw<DomainException>(() => draft.Report(100m, Day, null, Lines.Now)).Code.ShouldBe("grant-not-disbursed");
        Should.Throw<DomainException>(() => draft.Close(Lines.Now)).Code.ShouldBe("grant-not-reported");

        var approved = Lines.Approved(line, 1_000m);
        Should.Throw<DomainException>(() => approved.Approve(line, Lines.Now)).Code.ShouldBe("grant-not-draft");
        Should.Throw<DomainException>(() => approved.Report(1_000m, Day, null, Lines.Now)).Code.ShouldBe("grant-not-disbursed");

        approved.Disburse(1_000m, Day, null, line, Lines.Now);
        approved.Report(1_000m, Day, null, Lines.Now);
        Should.Throw<DomainException>(() => approved.Disburse(1m, Day, null, line, Lines.Now)).Code.ShouldBe("grant-not-disbursable");
        Should.Throw<DomainException>(() => approved.Amend(AmendmentKind.TopUp, 1m, Resolution.None, null, line, Lines.Now)).Code.ShouldBe("grant-not-amendable");
        Should.Throw<DomainException>(() => approved.Revoke(null, line, Lines.Now)).Code.ShouldBe("grant-not-revocable");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.005)]
    public void Money_must_be_positive_and_to_the_cent(decimal amount)
    {
        var line = Lines.Of(10_000m);
        var grant = Lines.Approved(line, 1_000m);
        Should.Throw<DomainException>(() => grant.Disburse(amount, Day, null, line, Lines.Now)).Code.ShouldBe("invalid-amount");
        Should.Throw<DomainException>(() => grant.Amend(AmendmentKind.TopUp, amount, Resolution.None, null, line, Lines.Now)).Code.ShouldBe("invalid-amount");
        Should.Throw<DomainException>(() => Lines.Draft(line, amount)).Code.ShouldBe("invalid-amount");
        grant.Disbursed.ShouldBe(0m);
    }

    [Fact]
    public void An_award_cannot_exceed_the_project_cost()
    {
        Should.Throw<DomainException>(() => Lines.Draft(Lines.Of(60_000m), 50_800.01m, totalProjectCost: 50_800m))
            .Code.ShouldBe("award-exceeds-project-cost");
    }

    [Fact]
    public void Steps_check_they_hold_the_grants_own_line()
    {
        var line = Lines.Of(10_000m);
        var grant = Lines.Draft(line, 1_000m);
        Should.Throw<InvalidOperationException>(() => grant.Approve(Lines.Of(10_000m), Lines.Now));
    }
}
