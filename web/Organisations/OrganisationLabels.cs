namespace Rete.Web.Organisations;

/// <summary>Italian names for Registry's values, in the order the forms offer them.</summary>
public static class OrganisationLabels
{
    public static IReadOnlyList<KeyValuePair<string, string>> Kinds { get; } =
    [
        new("municipality", "Comune"),
        new("district", "Circoscrizione"),
        new("employmentCentre", "Centro per l'impiego"),
        new("socialServices", "Servizi socio-assistenziali"),
        new("healthService", "Servizio sanitario (ASL)"),
        new("accreditedOperator", "Ente accreditato ai servizi al lavoro"),
        new("jobDesk", "Sportello lavoro"),
        new("trainingAgency", "Agenzia formativa"),
        new("association", "Associazione"),
        new("socialCooperative", "Cooperativa sociale"),
        new("parish", "Parrocchia o centro di ascolto"),
        new("tradeUnion", "Sindacato"),
        new("company", "Impresa"),
        new("foundation", "Fondazione"),
        new("school", "Scuola"),
        new("inHouseCompany", "Società in house"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Areas { get; } =
    [
        new("guidance", "Orientamento"),
        new("training", "Formazione"),
        new("placements", "Tirocini e inserimenti"),
        new("inclusion", "Inclusione"),
        new("disability", "Disabilità"),
        new("youth", "Giovani"),
        new("women", "Donne"),
        new("migrants", "Migranti"),
        new("enterpriseSupport", "Sostegno alle imprese"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> TargetGroups { get; } =
    [
        new("youthUnder18", "Minori di 18 anni (fascia A)"),
        new("adultsInDifficulty", "Adulti in difficoltà (fascia B)"),
        new("disability", "Persone con disabilità"),
        new("migrants", "Migranti"),
        new("women", "Donne"),
        new("longTermUnemployed", "Disoccupati di lunga durata"),
    ];

    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["active"] = "Attiva",
        ["suspended"] = "Sospesa",
        ["closed"] = "Chiusa",
    };

    public static string Kind(string value) => Find(Kinds, value);

    public static string Area(string value) => Find(Areas, value);

    public static string TargetGroup(string value) => Find(TargetGroups, value);

    public static string Status(string value) => Statuses.GetValueOrDefault(value, value);

    /// <summary>The status changes Registry allows from a status (Organisation.Suspend, Reactivate, Close), by their web names.</summary>
    public static IReadOnlyList<string> StatusSteps(string status) => status switch
    {
        "active" => ["sospendi", "chiudi"],
        "suspended" => ["riattiva", "chiudi"],
        _ => [],
    };

    public static IReadOnlyList<KeyValuePair<string, string>> AccreditationKinds { get; } =
    [
        new("servicesForWork", "Servizi al Lavoro"),
        new("training", "Formazione professionale"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> AccreditationStages { get; } =
    [
        new("provisional", "Provvisorio"),
        new("definitive", "Definitivo"),
    ];

    public static string AccreditationKind(string value) => Find(AccreditationKinds, value);

    public static string AccreditationStage(string value) => Find(AccreditationStages, value);

    // A value added to the API before the web app knows it is shown as it is rather than hidden.
    private static string Find(IReadOnlyList<KeyValuePair<string, string>> labels, string value) =>
        labels.FirstOrDefault(l => l.Key == value).Value ?? value;
}
