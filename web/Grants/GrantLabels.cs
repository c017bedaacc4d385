using System.Globalization;
using System.Text.RegularExpressions;

namespace Rete.Web.Grants;

/// <summary>Italian names for Grants' values, and money read exactly as Italians write it.</summary>
public static partial class GrantLabels
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static IReadOnlyList<KeyValuePair<string, string>> Sources { get; } =
    [
        new("municipalFunds", "Fondi propri del Comune"),
        new("cityLabourDivision", "Divisione Lavoro della Città"),
        new("region", "Regione"),
        new("golPnrr", "GOL - PNRR"),
        new("esf", "Fondo Sociale Europeo"),
        new("participatoryBudgeting", "Bilancio partecipato"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> LineKinds { get; } =
    [
        new("grants", "Contributi"),
        new("stipends", "Borse lavoro"),
        new("other", "Altro"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Statuses { get; } =
    [
        new("draft", "Bozza"),
        new("approved", "Approvato"),
        new("disbursing", "In erogazione"),
        new("disbursed", "Erogato"),
        new("reported", "Rendicontato"),
        new("closed", "Chiuso"),
        new("revoked", "Revocato"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> AmendmentKinds { get; } = [new("topUp", "Integrazione"), new("reduction", "Riduzione")];

    public static string Source(string value) => Find(Sources, value);

    public static string LineKind(string value) => Find(LineKinds, value);

    public static string Status(string value) => Find(Statuses, value);

    public static string AmendmentKind(string value) => Find(AmendmentKinds, value);

    public static string Euro(decimal amount) => amount.ToString("#,##0.00", Italian) + " €";

    public static string Euro(decimal? amount) => amount is { } a ? Euro(a) : "";

    /// <summary>The share of a line still available, whole percent, rounded down (a line of 0 € has none).</summary>
    public static int AvailablePercent(decimal amount, decimal available) =>
        amount <= 0 ? 0 : (int)decimal.Floor(available * 100m / amount);

    /// <summary>
    /// "1.234,56" as Italians write it; "1234.56" as a keyboard may. "1.000" is a thousand, never one euro: dots that
    /// group three digits are thousands separators. Parsed to decimal, never through a floating-point number.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal amount)
    {
        var plain = (text ?? "").Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        var italian = plain.Contains(',', StringComparison.Ordinal) || ThousandsOnly().IsMatch(plain);
        if (italian && !ItalianAmount().IsMatch(plain))
        {
            amount = 0;
            return false;
        }

        return decimal.TryParse(plain, italian ? NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands : NumberStyles.AllowDecimalPoint,
            italian ? Italian : CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>"n. 12 del 03/04/2015, Circoscrizione 2", with whatever of it is known.</summary>
    public static string Resolution(Resolution r) => string.Join(", ", new[]
    {
        string.Join(" ", new[] { r.Number is null ? null : $"n. {r.Number}", r.Date is { } d ? "del " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null }.OfType<string>()),
        r.Office,
    }.Where(p => !string.IsNullOrEmpty(p)));

    public static string Period(Grant g) =>
        g.YearFrom == g.YearTo ? g.YearFrom.ToString(CultureInfo.InvariantCulture) : $"{g.YearFrom}-{g.YearTo}";

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsOnly();

    [GeneratedRegex(@"^(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$")]
    private static partial Regex ItalianAmount();

    // A value added to the API before the web app knows it is shown as it is rather than hidden.
    private static string Find(IReadOnlyList<KeyValuePair<string, string>> labels, string value) =>
        labels.FirstOrDefault(l => l.Key == value).Value ?? value;
}
