using FluentValidation;

namespace Rete.Grants.Money;

/// <summary>
/// Money is euro in <c>decimal</c>, exact to the cent, stored as numeric(14,2). An amount with more than two
/// decimals is refused (never rounded), so what a user typed is what is stored.
/// </summary>
public static class Euro
{
    /// <summary>The largest value numeric(14,2) holds.</summary>
    public const decimal Max = 999_999_999_999.99m;

    private static readonly System.Globalization.CultureInfo Italian = System.Globalization.CultureInfo.GetCultureInfo("it-IT");

    /// <summary>An amount as Italian users read it: 1.234,50 €.</summary>
    public static string Text(decimal value) => value.ToString("N2", Italian) + " €";

    public static bool HasAtMostCents(decimal value) => decimal.Round(value, 2, MidpointRounding.ToZero) == value;

    public static bool IsPositiveAmount(decimal value) => value > 0 && value <= Max && HasAtMostCents(value);

    public static bool IsAmountOrZero(decimal value) => value >= 0 && value <= Max && HasAtMostCents(value);

    /// <summary>Required, positive, at most two decimals, within numeric(14,2).</summary>
    public static IRuleBuilderOptions<T, decimal?> PositiveEuro<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage("Indicare l'importo.")
            .Must(v => v is null || v > 0).WithMessage("L'importo deve essere maggiore di zero.")
            .Must(v => v is null || Cents(v.Value)).WithMessage(TooManyDecimals)
            .Must(v => v is null || v <= Max).WithMessage(TooLarge);

    /// <summary>Optional; when given, zero or more, at most two decimals.</summary>
    public static IRuleBuilderOptions<T, decimal?> OptionalEuro<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || v >= 0).WithMessage("L'importo non può essere negativo.")
            .Must(v => v is null || Cents(v.Value)).WithMessage(TooManyDecimals)
            .Must(v => v is null || v <= Max).WithMessage(TooLarge);

    private const string TooManyDecimals = "L'importo può avere al massimo due decimali (i centesimi).";
    private const string TooLarge = "L'importo supera il massimo consentito (999.999.999.999,99 €).";

    private static bool Cents(decimal value) => HasAtMostCents(value);
}
