using System.Globalization;

namespace Rete.Indicators.Figures;

/// <summary>The days a figure covers, both ends included, and how a person would name them.</summary>
public sealed record Period(DateOnly From, DateOnly To, string Label)
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static readonly Period Always = new(Earliest, Latest, "tutto");

    public int FirstYear => From.Year;

    public int LastYear => To.Year;

    public bool Contains(DateOnly? day) => day is { } d && d >= From && d <= To;

    /// <summary>
    /// From <c>year=2023</c>, <c>mandate=2006-2010</c> or <c>from=2022-11-01&amp;to=2023-10-31</c> (either end may be left
    /// out); none of them: every day. Errors are keyed by the parameter, in Italian.
    /// </summary>
    public static Period? Parse(string? year, string? mandate, string? from, string? to, Dictionary<string, string[]> errors)
    {
        var given = new[] { year, mandate, from ?? to }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given > 1)
        {
            errors["period"] = ["Indicare un solo periodo: year, mandate oppure from/to."];
            return null;
        }

        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!TryYear(year, out var y))
            {
                errors["year"] = ["L'anno deve essere un numero tra 1990 e 2100."];
                return null;
            }

            return new Period(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), year.Trim());
        }

        if (!string.IsNullOrWhiteSpace(mandate))
        {
            var parts = mandate.Split('-', 2);
            if (parts.Length != 2 || !TryYear(parts[0], out var first) || !TryYear(parts[1], out var last) || last < first)
            {
                errors["mandate"] = ["Il mandato si indica con due anni tra 1990 e 2100, il primo non dopo il secondo (es. 2006-2010)."];
                return null;
            }

            return new Period(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), $"{first}-{last}");
        }

        var start = Earliest;
        var end = Latest;
        if (!string.IsNullOrWhiteSpace(from) && !TryDay(from, out start))
        {
            errors["from"] = ["La data iniziale si indica come aaaa-mm-gg, tra il 1990 e il 2100."];
        }

        if (!string.IsNullOrWhiteSpace(to) && !TryDay(to, out end))
        {
            errors["to"] = ["La data finale si indica come aaaa-mm-gg, tra il 1990 e il 2100."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        if (end < start)
        {
            errors["to"] = ["La data finale non può precedere quella iniziale."];
            return null;
        }

        return from is null && to is null ? Always : new Period(start, end, $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}");
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1990 and <= 2100;

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day >= Earliest && day <= Latest;
}
