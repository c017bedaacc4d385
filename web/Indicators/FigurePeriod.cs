using System.Globalization;

namespace Rete.Web.Indicators;

/// <summary>
/// The period the home page's figures cover, as chosen in its form (<c>periodo</c> = tutto, anno, mandato, date) and
/// sent to Indicators as <c>year</c>, <c>mandate</c> or <c>from</c>/<c>to</c>. Indicators checks the values; here only
/// a missing value for the chosen kind is said, before anything is sent.
/// </summary>
public sealed record FigurePeriod(string Kind, string? Year, string? Mandate, string? From, string? To)
{
    public const string Always = "Tutto il periodo registrato";

    /// <summary>The kinds the form offers besides the whole history (its empty choice, <see cref="Always"/>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Kinds { get; } =
    [
        new("anno", "Un anno"),
        new("mandato", "Un mandato"),
        new("date", "Tra due date"),
    ];

    /// <summary>The form's field for each of Indicators' parameters, so its errors sit beside the right field.</summary>
    public static IReadOnlyDictionary<string, string> FieldOf { get; } = new Dictionary<string, string>
    {
        ["period"] = "periodo", ["year"] = "anno", ["mandate"] = "mandato", ["from"] = "dal", ["to"] = "al",
    };

    public static FigurePeriod Of(string? kind, string? year, string? mandate, string? from, string? to) =>
        new(Kinds.Any(k => k.Key == kind) ? kind! : "tutto", Trim(year), Trim(mandate), Trim(from), Trim(to));

    /// <summary>The form's own errors, keyed by field: the chosen kind needs its value.</summary>
    public Dictionary<string, string[]> Missing() => Kind switch
    {
        "anno" when Year is null => new() { ["anno"] = ["Indica l'anno, per esempio 2024."] },
        "mandato" when Mandate is null => new() { ["mandato"] = ["Indica il mandato con i suoi due anni, per esempio 2006-2010."] },
        "date" when From is null && To is null => new() { ["dal"] = ["Indica almeno una delle due date."] },
        _ => [],
    };

    /// <summary>Indicators' query for the period (empty for the whole history).</summary>
    public string Query() => Kind switch
    {
        "anno" => $"?year={Uri.EscapeDataString(Year ?? "")}",
        "mandato" => $"?mandate={Uri.EscapeDataString(Mandate ?? "")}",
        "date" => "?" + string.Join("&", new[] { ("from", From), ("to", To) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")),
        _ => "",
    };

    /// <summary>How the page names the period it shows.</summary>
    public string Label => Kind switch
    {
        "anno" => $"nell'anno {Year}",
        "mandato" => $"nel mandato {Mandate}",
        "date" => (From, To) switch
        {
            (not null, not null) => $"dal {Day(From)} al {Day(To)}",
            (not null, null) => $"dal {Day(From)}",
            _ => $"fino al {Day(To!)}",
        },
        _ => "per tutto il periodo registrato",
    };

    private static string Day(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("it-IT"))
            : iso;

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
