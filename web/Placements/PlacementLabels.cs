using System.Globalization;

namespace Rete.Web.Placements;

/// <summary>Italian names for Placements' values and money as Italians write it.</summary>
public static class PlacementLabels
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static IReadOnlyList<KeyValuePair<string, string>> Kinds { get; } =
    [
        new("training", "Tirocinio formativo"),
        new("observational", "Tirocinio osservativo"),
        new("course", "Corso"),
        new("hire", "Assunzione"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Statuses { get; } =
    [
        new("proposed", "Proposto"),
        new("funded", "Finanziato"),
        new("active", "In corso"),
        new("completed", "Concluso"),
        new("interrupted", "Interrotto"),
        new("cancelled", "Annullato"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Durations { get; } = [new("3", "3 mesi"), new("4", "4 mesi"), new("6", "6 mesi")];

    public static IReadOnlyList<KeyValuePair<string, string>> Outcomes { get; } =
    [
        new("hired", "Assunzione"),
        new("extended", "Proroga"),
        new("noHire", "Nessuna assunzione"),
        new("droppedOut", "Abbandono"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> YesNo { get; } = [new("true", "Sì"), new("false", "No")];

    public static string Kind(string value) => Find(Kinds, value);

    public static string Outcome(string? value) => value is null ? "" : Find(Outcomes, value);

    /// <summary>The status with the funding state: a proposal waits for Grants' answer or was refused with Grants' reason.</summary>
    public static string Status(Placement p) => p switch
    {
        { Status: "proposed", FundingRefusal: { Length: > 0 } reason } => $"Finanziamento rifiutato: {reason}",
        { Status: "proposed" } => "Proposto, in attesa del finanziamento",
        _ => Find(Statuses, p.Status),
    };

    public static string Euro(decimal amount) => amount.ToString("#,##0.00", Italian) + " €";

    public static string Euro(decimal? amount) => amount is { } a ? Euro(a) : "";

    /// <summary>"400,50" as Italians write it, or "400.50" as a keyboard may; never a group separator read as a decimal one.</summary>
    public static bool TryParseAmount(string? text, out decimal amount)
    {
        var plain = (text ?? "").Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var culture = plain.Contains(',', StringComparison.Ordinal) ? Italian : CultureInfo.InvariantCulture;
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | (culture == Italian ? NumberStyles.AllowThousands : NumberStyles.None),
            culture, out amount);
    }

    // A value added to the API before the web app knows it is shown as it is rather than hidden.
    private static string Find(IReadOnlyList<KeyValuePair<string, string>> labels, string value) =>
        labels.FirstOrDefault(l => l.Key == value).Value ?? value;
}
