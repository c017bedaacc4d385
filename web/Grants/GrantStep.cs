using Rete.Web.People;

namespace Rete.Web.Grants;

/// <summary>A step of a grant as its page names it ("eroga"), the API's path for it and the body made from the form.</summary>
public static class GrantStep
{
    public static string Title(string step) => step switch
    {
        "approva" => "Approva il contributo",
        "modifica" => "Integra o riduci il contributo",
        "eroga" => "Registra un'erogazione",
        "rendiconta" => "Registra il rendiconto",
        "chiudi" => "Chiudi il contributo",
        "revoca" => "Revoca il contributo",
        _ => "Passaggio sconosciuto",
    };

    public static string? ApiPath(string step) => step switch
    {
        "approva" => "approve",
        "modifica" => "amendments",
        "eroga" => "disbursements",
        "rendiconta" => "report",
        "chiudi" => "close",
        "revoca" => "revoke",
        _ => null,
    };

    /// <summary>The money fields of each step, read here so that a figure the form cannot read is said beside its field.</summary>
    public static IReadOnlyList<string> AmountFields(string step) => step switch
    {
        "modifica" or "eroga" => ["amount"],
        "rendiconta" => ["actualSpend"],
        _ => [],
    };

    public static object Body(string step, IFormCollection form, IReadOnlyDictionary<string, decimal> amounts) => step switch
    {
        "modifica" => new
        {
            kind = PeopleForms.Text(form, "kind"), amount = Get(amounts, "amount"),
            resolution = new Resolution(PeopleForms.Text(form, "resolutionNumber"), PeopleForms.Date(form, "resolutionDate"), PeopleForms.Text(form, "resolutionOffice")),
            reason = PeopleForms.Text(form, "reason"),
        },
        "eroga" => new { amount = Get(amounts, "amount"), date = PeopleForms.Date(form, "date"), reference = PeopleForms.Text(form, "reference") },
        "rendiconta" => new { actualSpend = Get(amounts, "actualSpend"), reportedOn = PeopleForms.Date(form, "reportedOn"), note = PeopleForms.Text(form, "note") },
        "revoca" => new { reason = PeopleForms.Text(form, "reason") },
        _ => new { },
    };

    private static decimal? Get(IReadOnlyDictionary<string, decimal> amounts, string key) => amounts.TryGetValue(key, out var a) ? a : null;
}
