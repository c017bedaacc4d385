namespace Rete.Web.Apis;

/// <summary>
/// A download the web app hands on from an API: the browser holds no API token, so the app reads the file with the
/// user's token (<see cref="ApiClient"/>) and streams it as it comes. A file that could not be had sends the user back
/// to the page that says so in Italian.
/// </summary>
public static class ApiDownload
{
    public static IResult Stream(HttpContext context, HttpResponseMessage? response, string contentType, string fileName, string failedRedirect)
    {
        if (response is null)
        {
            return Results.Redirect(failedRedirect);
        }

        context.Response.RegisterForDispose(response);
        return Results.Stream(body => response.Content.CopyToAsync(body, context.RequestAborted), contentType, fileName);
    }
}
