using System.Globalization;

namespace Rete.Indicators.Figures;

/// <summary>One line of an indicator's CSV: what is measured (Italian), for which group, and the value.</summary>
public sealed record FigureRow(string Indicator, string Detail, string Value)
{
    public const string Suppressed = "soppresso";

    public static FigureRow Of(string indicator, string detail, int? value) =>
        new(indicator, detail, value?.ToString(CultureInfo.InvariantCulture) ?? Suppressed);

    public static FigureRow Of(string indicator, string detail, decimal? value) =>
        new(indicator, detail, value?.ToString("0.00", CultureInfo.InvariantCulture) ?? Suppressed);

    /// <summary>A money figure that is not shown to this reader or in this cut (budgets by municipality): empty, not suppressed.</summary>
    public static FigureRow Money(string indicator, string detail, decimal? value) =>
        new(indicator, detail, value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
}

/// <summary>An indicator's answer, which also reads as CSV lines.</summary>
public interface IFigureReport
{
    IEnumerable<FigureRow> Rows();
}
