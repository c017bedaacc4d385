namespace Rete.Web.Referrals;

/// <summary>Italian names for Referrals' codes, in the order the forms offer them.</summary>
public static class ReferralLabels
{
    public static IReadOnlyList<KeyValuePair<string, string>> Programmes { get; } =
    [
        new("municipalProject", "Progetto comunale"),
        new("golPathway1", "GOL percorso 1 - reinserimento lavorativo"),
        new("golPathway2", "GOL percorso 2 - aggiornamento (upskilling)"),
        new("golPathway3", "GOL percorso 3 - riqualificazione (reskilling)"),
        new("golPathway4", "GOL percorso 4 - lavoro e inclusione"),
        new("inclusionMeasure", "Misura di inclusione"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Priorities { get; } =
    [
        new("low", "Bassa"),
        new("normal", "Normale"),
        new("high", "Alta"),
        new("urgent", "Urgente"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Statuses { get; } =
    [
        new("sent", "Inviata"),
        new("accepted", "Presa in carico"),
        new("rejected", "Respinta"),
        new("withdrawn", "Ritirata"),
        new("closed", "Chiusa"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> RejectionReasons { get; } =
    [
        new("outOfScope", "Non di competenza"),
        new("noCapacity", "Nessuna disponibilità"),
        new("missingInformation", "Informazioni mancanti"),
        new("alreadyInCharge", "Già in carico"),
        new("personDeclined", "La persona ha rinunciato"),
        new("other", "Altro"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Outcomes { get; } =
    [
        new("employed", "Occupata"),
        new("training", "In formazione"),
        new("placement", "In tirocinio"),
        new("returnedToSender", "Restituita a chi l'ha inviata"),
        new("leftAssistance", "Uscita dal circuito assistenziale"),
        new("dropout", "Abbandono"),
        new("other", "Altro"),
    ];

    public static string Programme(string value) => Find(Programmes, value);

    public static string Priority(string value) => Find(Priorities, value);

    public static string Status(string value) => Find(Statuses, value);

    public static string RejectionReason(string? value) => value is null ? "" : Find(RejectionReasons, value);

    public static string Outcome(string? value) => value is null ? "" : Find(Outcomes, value);

    // A value added to the API before the web app knows it is shown as it is rather than hidden.
    private static string Find(IReadOnlyList<KeyValuePair<string, string>> labels, string value) =>
        labels.FirstOrDefault(l => l.Key == value).Value ?? value;
}
