using Rete.Web.Apis;

namespace Rete.Web.People;

/// <summary>
/// The copy of a person's data (GDPR art. 15) as a download. The browser holds no API token, so the web app asks
/// Referrals with the user's token and streams its JSON as it comes; Referrals records the export in the access log.
/// </summary>
public static class PersonExportDownload
{
    public static string PathFor(Guid id) => $"/persone/{id}/copia-dei-dati.json";

    public static WebApplication MapPersonExportDownload(this WebApplication app)
    {
        app.MapGet("/persone/{id:guid}/copia-dei-dati.json", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, PeopleClient people) =>
        ApiDownload.Stream(context, await people.ExportAsync(id, context.RequestAborted), "application/json; charset=utf-8",
            $"copia-dei-dati-{id}.json", failedRedirect: $"/persone/{id}?esito=copia-non-riuscita");
}
