using System.Globalization;
using Rete.Web.Apis;

namespace Rete.Web.Grants;

/// <summary>
/// The transparency export as a download. The browser holds no API token, so the web app asks Grants with the
/// person's token and streams the CSV as Grants writes it (headers, note line and all).
/// </summary>
public static class TransparencyDownload
{
    public const string Path = "/contributi/trasparenza.csv";

    public static WebApplication MapTransparencyDownload(this WebApplication app)
    {
        app.MapGet(Path, DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, GrantsClient grants, string? anno)
    {
        int? year = null;
        if (!string.IsNullOrWhiteSpace(anno))
        {
            if (!int.TryParse(anno, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return Failed();
            }

            year = y;
        }

        var name = year is null ? "trasparenza-contributi.csv" : $"trasparenza-contributi-{year}.csv";
        return ApiDownload.Stream(context, await grants.TransparencyCsvAsync(year, context.RequestAborted), "text/csv; charset=utf-8", name, FailedPath);
    }

    // Back to the list, which says in Italian that the file could not be made.
    private const string FailedPath = "/contributi?esportazione=non-riuscita";

    private static IResult Failed() => Results.Redirect(FailedPath);
}
