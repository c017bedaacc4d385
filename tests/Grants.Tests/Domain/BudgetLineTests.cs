using Rete.Grants.Budgets;
using Rete.ServiceDefaults.Errors;

namespace Rete.Grants.Tests.Domain;

public class BudgetLineTests
{
    [Fact]
    public void Available_is_the_amount_less_what_is_awarded_and_reserved()
    {
        var line = Lines.Of(10_000m);
        Lines.Approved(line, 6_000m);
        line.Available.ShouldBe(4_000m);

        var stipends = Lines.Of(1_200m, LineKind.Stipends);
        stipends.Reserve(400m);
        stipends.Reserve(800m);
        stipends.Available.ShouldBe(0m);
        stipends.Committed.ShouldBe(1_200m);
    }

    [Fact]
    public void Nothing_is_committed_beyond_what_a_line_holds()
    {
        var line = Lines.Of(14_000m);
        Lines.Approved(line, 14_000m);
        Should.Throw<DomainException>(() => Lines.Approved(line, 0.01m)).Code.ShouldBe("insufficient-funds");

        var stipends = Lines.Of(1_199.99m, LineKind.Stipends);
        Should.Throw<DomainException>(() => stipends.Reserve(3 * 400m)).Code.ShouldBe("insufficient-funds");
        stipends.Reserved.ShouldBe(0m);
    }

    [Fact]
    public void Stipends_go_only_on_stipends_lines_and_grants_never_on_them()
    {
        Should.Throw<DomainException>(() => Lines.Of(5_000m).Reserve(1_200m)).Code.ShouldBe("line-not-stipends");
        Should.Throw<DomainException>(() => Lines.Draft(Lines.Of(5_000m, LineKind.Stipends), 1_000m)).Code.ShouldBe("line-not-for-grants");
    }

    [Fact]
    public void A_line_amount_never_drops_below_what_is_committed_on_it()
    {
        var line = Lines.Of(30_989m);
        Lines.Approved(line, 22_000m);

        Should.Throw<DomainException>(() => line.Change("Contributi", 21_999.99m, Lines.Now)).Code.ShouldBe("line-below-committed");
        line.Amount.ShouldBe(30_989m);

        line.Change("Contributi 2015", 22_000m, Lines.Now);
        line.Available.ShouldBe(0m);
        line.Version.ShouldBe(2);
    }

    [Fact]
    public void Releasing_gives_money_back_to_the_line()
    {
        var stipends = Lines.Of(2_400m, LineKind.Stipends);
        stipends.Reserve(1_200m);
        stipends.ReleaseReservation(800m);
        stipends.Reserved.ShouldBe(400m);
        stipends.Available.ShouldBe(2_000m);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void A_line_amount_must_be_zero_or_more_to_the_cent(decimal amount) =>
        Should.Throw<DomainException>(() => Lines.Of(amount)).Code.ShouldBe("invalid-amount");
}
