namespace Rete.ServiceDefaults.Errors;

/// <summary>Problem titles are read by people at the job desks: Italian first.</summary>
internal static class ItalianTitles
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "Richiesta non valida",
        [401] = "Autenticazione richiesta",
        [403] = "Operazione non consentita",
        [404] = "Risorsa non trovata",
        [405] = "Metodo non consentito",
        [409] = "Conflitto con lo stato attuale",
        [412] = "La risorsa è stata modificata nel frattempo",
        [413] = "Richiesta troppo grande",
        [415] = "Formato non supportato",
        [422] = "Richiesta non elaborabile",
        [428] = "Versione richiesta",
        [429] = "Troppe richieste",
        [500] = "Errore interno",
        [502] = "Servizio non raggiungibile",
        [503] = "Servizio temporaneamente non disponibile",
        [504] = "Il servizio non ha risposto in tempo",
    };

    public static bool Has(int status) => Titles.ContainsKey(status);

    public static string? For(int? status) => status is { } s && Titles.TryGetValue(s, out var t) ? t : null;
}
