namespace Rete.Web.Indicators;

/// <summary>
/// One value of a chart: the number the bar is drawn from (null when suppressed) and the text the table and the
/// tooltip show. Money stays <c>decimal</c> here; the browser turns it into a bar's length only.
/// </summary>
public sealed record ChartValue(decimal? Number, string Text);

/// <summary>One series of a chart (a table column), a value per category (a table row).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartValue> Values);
