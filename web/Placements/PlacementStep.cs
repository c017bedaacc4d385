using System.Globalization;
using Rete.Web.People;

namespace Rete.Web.Placements;

/// <summary>A step of a placement as its page names it ("avvia"), the API's path for it and the body made from the form.</summary>
public static class PlacementStep
{
    public static string Title(string step) => step switch
    {
        "finanziamento" => "Chiedi di nuovo il finanziamento",
        "avvia" => "Avvia il tirocinio",
        "concludi" => "Concludi il tirocinio",
        "interrompi" => "Interrompi il tirocinio",
        "annulla" => "Annulla il tirocinio",
        "esito" => "Registra l'esito",
        "presenze" => "Registra le presenze di un mese",
        _ when FollowUpDays(step) is { } days => $"Registra il controllo a {days} giorni",
        _ => "Passaggio sconosciuto",
    };

    public static string? ApiPath(string step) => step switch
    {
        "finanziamento" => "funding",
        "avvia" => "start",
        "concludi" => "complete",
        "interrompi" => "interrupt",
        "annulla" => "cancel",
        "esito" => "outcome",
        "presenze" => "attendance",
        _ when FollowUpDays(step) is { } days => $"follow-ups/{days}",
        _ => null,
    };

    public static int? FollowUpDays(string step) => step switch
    {
        "controllo-31" => 31,
        "controllo-92" => 92,
        "controllo-182" => 182,
        _ => null,
    };

    /// <summary>The step is offered for the placement as it is now (the API decides again).</summary>
    public static bool IsOffered(System.Security.Claims.ClaimsPrincipal user, Placement placement, string step) =>
        FollowUpDays(step) is { } days
            ? placement.FollowUps.FirstOrDefault(f => f.DaysAfterEnd == days) is { } followUp && user.MayRecord(followUp)
            : user.Steps(placement).Contains(step);

    public static object Body(string step, IFormCollection form) => step switch
    {
        "avvia" => new { startedOn = PeopleForms.Date(form, "startedOn") },
        "concludi" => new { endedOn = PeopleForms.Date(form, "endedOn") },
        "interrompi" => new { endedOn = PeopleForms.Date(form, "endedOn"), reason = PeopleForms.Text(form, "reason") },
        "annulla" => new { reason = PeopleForms.Text(form, "reason") },
        "esito" => new { outcome = PeopleForms.Text(form, "outcome"), contractType = PeopleForms.Text(form, "contractType"), recordedOn = PeopleForms.Date(form, "recordedOn") },
        "presenze" => new { month = Number(form, "month"), daysAttended = Number(form, "daysAttended"), daysScheduled = Number(form, "daysScheduled") },
        _ when FollowUpDays(step) is not null => new
        {
            employed = YesNo(form, "employed"), inAssistanceCircuit = YesNo(form, "inAssistanceCircuit"),
            recordedOn = PeopleForms.Date(form, "recordedOn"), note = PeopleForms.Text(form, "note"),
        },
        _ => new { },
    };

    private static int? Number(IFormCollection form, string key) =>
        int.TryParse(form[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? YesNo(IFormCollection form, string key) => bool.TryParse(form[key], out var b) ? b : null;
}
