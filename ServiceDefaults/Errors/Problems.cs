using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rete.ServiceDefaults.Errors;

/// <summary>Typed problem answers that endpoints return (Italian detail, machine-readable code).</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: ItalianTitles.For(404));

    /// <summary>A 404 with a code, where a client must tell "no such thing" from "not found at all".</summary>
    public static ProblemHttpResult NotFound(string detail, string code) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: ItalianTitles.For(404),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult Conflict(string code, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: ItalianTitles.For(409),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: ItalianTitles.For(403));

    public static ProblemHttpResult StaleVersion() =>
        TypedResults.Problem("La versione indicata in If-Match non è più quella attuale: rileggere la risorsa.",
            statusCode: StatusCodes.Status412PreconditionFailed, title: ItalianTitles.For(412),
            extensions: new Dictionary<string, object?> { ["code"] = "stale-version" });

    public static ProblemHttpResult VersionRequired() =>
        TypedResults.Problem("Indicare nell'intestazione If-Match la versione letta (il valore di ETag).",
            statusCode: StatusCodes.Status428PreconditionRequired, title: ItalianTitles.For(428),
            extensions: new Dictionary<string, object?> { ["code"] = "version-required" });

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: ItalianTitles.For(400));
}
