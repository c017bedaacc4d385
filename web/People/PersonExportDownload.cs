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

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, PeopleClient people)
    {
        var response = await people.ExportAsync(id, context.RequestAborted);
        if (response is null || !response.IsSuccessStatusCode)
        {
            response?.Dispose();
            // Back to the file, which says in Italian that the copy could not be made.
            return Results.Redirect($"/persone/{id}?esito=copia-non-riuscita");
        }

        context.Response.RegisterForDispose(response);
        return Results.Stream(await response.Content.ReadAsStreamAsync(context.RequestAborted), "application/json; charset=utf-8",
            $"copia-dei-dati-{id}.json");
    }
}
