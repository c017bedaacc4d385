using Rete.ServiceDefaults.Json;
using System.Net;
using System.Text.Json;

namespace Rete.Web.Apis;

/// <summary>An API's refusal (problem details) as the page shows it: one Italian message and the errors per field.</summary>
public sealed record ApiProblem(int Status, string? Detail, string? Code, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static ApiProblem Unreachable { get; } = new(0, null, null, NoErrors);

    /// <summary>What to tell the person; field errors are shown beside their fields as well.</summary>
    public string Message => Status switch
    {
        401 => "La sessione non è più valida: esci e accedi di nuovo.",
        403 => "Non hai i permessi per questa operazione." + (Detail is { Length: > 0 } ? " " + Detail : ""),
        404 => Detail ?? "Non trovato.",
        412 or 428 => "Nel frattempo questi dati sono stati modificati da qualcun altro: ricarica la pagina per vedere la versione attuale, poi ripeti le modifiche.",
        429 => "Troppe richieste in poco tempo: riprova tra qualche secondo.",
        400 or 409 or 422 => Detail is { Length: > 0 } && Errors.Count == 0 ? Detail : "Alcuni dati non sono validi: correggi i campi indicati e riprova.",
        _ => "Il servizio non risponde al momento: riprova tra qualche istante.",
    };

    public bool IsStale => Status is 412 or 428;

    public string? ErrorFor(string field) =>
        Errors.TryGetValue(field, out var messages) && messages.Length > 0 ? string.Join(" ", messages) : null;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return new ApiProblem(status, null, null, NoErrors);
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<Body>(ReteJson.Options, ct);
            return new ApiProblem(status, body?.Detail, body?.Code, body?.Errors ?? NoErrors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, null, null, NoErrors);
        }
    }

    public static bool IsFailure(HttpStatusCode status) => (int)status >= 400;

    private sealed record Body(string? Detail, string? Code, Dictionary<string, string[]>? Errors);
}
