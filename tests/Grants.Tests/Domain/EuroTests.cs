using Rete.Grants.Money;

namespace Rete.Grants.Tests.Domain;

public class EuroTests
{
    [Theory]
    [InlineData(1000, true)]
    [InlineData(333.33, true)]
    [InlineData(0.01, true)]
    [InlineData(333.333, false)]
    [InlineData(0.005, false)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    public void A_positive_amount_has_at_most_two_decimals(decimal value, bool valid) =>
        Euro.IsPositiveAmount(value).ShouldBe(valid);

    [Fact]
    public void Amounts_beyond_numeric_14_2_are_refused()
    {
        Euro.IsPositiveAmount(999_999_999_999.99m).ShouldBeTrue();
        Euro.IsPositiveAmount(1_000_000_000_000.00m).ShouldBeFalse();
    }

    [Fact]
    public void Italian_users_read_amounts_with_a_decimal_comma() => Euro.Text(245_466m).ShouldBe("245.466,00 €");
}
