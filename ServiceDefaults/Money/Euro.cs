using System.Globalization;

namespace Rete.ServiceDefaults.Money;

/// <summary>
/// Euro amounts as services other than Grants need them: exact to the cent in <c>decimal</c>, numeric(14,2) in the
/// database. A typed amount with more than two decimals is refused, never rounded; a computed share is rounded to the
/// cent by <see cref="Share"/>, the only rounding there is.
/// </summary>
public static class Euro
{
    public const decimal Max = 999_999_999_999.99m;

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>An amount as Italian users read it: 1.234,50 €.</summary>
    public static string Text(decimal value) => value.ToString("N2", Italian) + " €";

    public static bool HasAtMostCents(decimal value) => decimal.Round(value, 2, MidpointRounding.ToZero) == value;

    public static bool IsPositiveAmount(decimal value) => value > 0 && value <= Max && HasAtMostCents(value);

    /// <summary>
    /// <paramref name="amount"/> × <paramref name="part"/> / <paramref name="whole"/>, rounded to the cent half away from
    /// zero (0,005 € becomes 0,01 €). With part ≤ whole the result never exceeds the amount.
    /// </summary>
    public static decimal Share(decimal amount, int part, int whole) =>
        whole <= 0 ? 0m : part >= whole ? amount : decimal.Round(amount * part / whole, 2, MidpointRounding.AwayFromZero);
}
