namespace Rete.Web.People;

/// <summary>Italian names for Referrals' values, in the order the forms offer them.</summary>
public static class PeopleLabels
{
    public static IReadOnlyList<KeyValuePair<string, string>> TargetGroups { get; } =
    [
        new("youthUnder18", "Minori di 18 anni"),
        new("adultInDifficulty", "Adulti in difficoltà"),
        new("disability", "Persone con disabilità"),
        new("migrant", "Migranti"),
        new("woman", "Donne"),
        new("longTermUnemployed", "Disoccupati di lunga durata"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Education { get; } =
    [
        new("none", "Nessun titolo"),
        new("primary", "Licenza elementare"),
        new("lowerSecondary", "Licenza media"),
        new("upperSecondary", "Diploma di scuola superiore"),
        new("vocational", "Qualifica professionale"),
        new("tertiary", "Laurea"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Purposes { get; } =
    [
        new("referral", "Segnalazione ad altri servizi"),
        new("placement", "Tirocinio"),
        new("candidateBank", "Banca dati dei candidati"),
        new("cpiDataExchange", "Scambio di dati con il centro per l'impiego"),
    ];

    private static readonly Dictionary<string, string> Steps = new()
    {
        ["referral/sent"] = "Segnalazione inviata",
        ["referral/accepted"] = "Segnalazione presa in carico",
        ["referral/rejected"] = "Segnalazione respinta",
        ["referral/withdrawn"] = "Segnalazione ritirata",
        ["referral/closed"] = "Presa in carico chiusa",
        ["golAssignment/assigned"] = "Assegnazione al programma GOL",
        ["golAssignment/closed"] = "Assegnazione GOL chiusa",
        ["placement/proposed"] = "Tirocinio proposto",
        ["placement/funded"] = "Tirocinio finanziato",
        ["placement/fundingRefused"] = "Finanziamento del tirocinio rifiutato",
        ["placement/started"] = "Tirocinio avviato",
        ["placement/completed"] = "Tirocinio concluso",
        ["placement/interrupted"] = "Tirocinio interrotto",
        ["placement/cancelled"] = "Tirocinio annullato",
        ["placement/outcome"] = "Esito del tirocinio registrato",
        ["placement/followUp31"] = "Controllo a 31 giorni",
        ["placement/followUp92"] = "Controllo a 92 giorni",
        ["placement/followUp182"] = "Controllo a 182 giorni",
    };

    private static readonly Dictionary<string, string> Accesses = new()
    {
        ["scheda"] = "Scheda",
        ["scheda con dati particolari"] = "Scheda con dati particolari",
        ["ricerca"] = "Risultato di una ricerca",
        ["registrazione"] = "Registrazione",
        ["percorso"] = "Percorso",
        ["residenza"] = "Residenza",
        ["copia dei dati (art. 15)"] = "Copia dei dati (art. 15)",
        ["banca dei candidati"] = "Profilo nella banca dei candidati",
    };

    public static IReadOnlyList<KeyValuePair<string, string>> Mobilities { get; } =
    [
        new("publicTransport", "Con i mezzi pubblici"),
        new("car", "Con un'auto propria"),
        new("anyDistrict", "In qualsiasi circoscrizione"),
    ];

    /// <summary>The four GOL pathways, by number as Referrals' assignments name them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> GolPathways { get; } =
    [
        new("1", "Percorso 1 - reinserimento lavorativo"),
        new("2", "Percorso 2 - aggiornamento (upskilling)"),
        new("3", "Percorso 3 - riqualificazione (reskilling)"),
        new("4", "Percorso 4 - lavoro e inclusione"),
    ];

    /// <summary>GolAssignment.Outcomes: how an assignment ended.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> GolOutcomes { get; } =
    [
        new("employed", "Occupata"),
        new("training", "In formazione"),
        new("returnedToCpi", "Tornata al Centro per l'impiego"),
        new("dropout", "Abbandono"),
        new("other", "Altro"),
    ];

    /// <summary>Referrals' "none" is the form's empty choice, "Nessuna".</summary>
    public static string Mobility(string value) => value == "none" ? "Nessuna" : Find(Mobilities, value);

    public static string GolOutcome(string? value) => value is null ? "" : Find(GolOutcomes, value);

    public static string GolPathway(string? detail) => detail is { Length: > 7 } ? Find(GolPathways, detail["pathway".Length..]) : detail ?? "";

    public static string TargetGroup(string value) => Find(TargetGroups, value);

    public static string EducationLevel(string? value) => value is null ? "" : Find(Education, value);

    public static string Purpose(string value) => Find(Purposes, value);

    public static string Step(string kind, string what) => Steps.GetValueOrDefault($"{kind}/{what}", what);

    public static string Access(string what) => Accesses.GetValueOrDefault(what, what);

    // A value added to the API before the web app knows it is shown as it is rather than hidden.
    private static string Find(IReadOnlyList<KeyValuePair<string, string>> labels, string value) =>
        labels.FirstOrDefault(l => l.Key == value).Value ?? value;
}
