using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Rete.ServiceDefaults.Json;

namespace Rete.ServiceDefaults.Errors;

/// <summary>
/// Turns every exception into problem details. Anything a client can cause maps to a 4xx; an unreachable
/// database maps to 503; only a genuine fault is a 500, and it never carries a stack trace.
/// </summary>
internal sealed partial class ReteExceptionHandler(IProblemDetailsService problems, ILogger<ReteExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = Map(context, exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request failed with {Status}", problem.Status);
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Map(HttpContext context, Exception exception) => exception switch
    {
        BadHttpRequestException bad => BadRequest(bad),
        JsonException => Problem(400, "Il corpo della richiesta non è un JSON valido."),
        DomainException rule => Problem(409, rule.Message, rule.Code),
        DbUpdateConcurrencyException when context.Request.Headers.IfMatch.Count > 0 =>
            Problem(412, "La risorsa è stata modificata da un'altra richiesta: rileggerla e riprovare.", "stale-version"),
        DbUpdateConcurrencyException => Problem(409, "La risorsa è stata modificata da un'altra richiesta: riprovare.", "concurrent-update"),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            Problem(409, "Esiste già un elemento con questi dati.", "duplicate"),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } =>
            Problem(409, "L'elemento collegato non esiste.", "missing-reference"),
        // Text PostgreSQL cannot store, such as a NUL character in a field or a search: the client's input, not a fault.
        DbUpdateException { InnerException: PostgresException { SqlState: var state } } when IsUnstorableText(state) =>
            Problem(400, "La richiesta contiene caratteri non ammessi (ad esempio il carattere nullo)."),
        PostgresException { SqlState: var state } when IsUnstorableText(state) =>
            Problem(400, "La richiesta contiene caratteri non ammessi (ad esempio il carattere nullo)."),
        DbUpdateException { InnerException: NpgsqlException { IsTransient: true } } or NpgsqlException { IsTransient: true }
            or TimeoutException or InvalidOperationException { InnerException: NpgsqlException } =>
            Problem(503, "Il servizio non riesce a raggiungere il database: riprovare tra poco."),
        // The server shutting down or starting up: Npgsql does not count these as transient, but they are.
        _ when IsServerUnavailable(exception) => Problem(503, "Il servizio non riesce a raggiungere il database: riprovare tra poco."),
        _ => Problem(500, "Si è verificato un errore imprevisto."),
    };

    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, however deep EF Core wrapped them.
    private static bool IsServerUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow })
            {
                return true;
            }
        }

        return false;
    }

    // 22021 character_not_in_repertoire (a NUL in UTF-8 text), 22P05 untranslatable_character.
    private static bool IsUnstorableText(string sqlState) =>
        sqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter;

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        // A query or route value that does not convert (limit=abc, on=notadate): name the field, as validation does.
        if (bad.StatusCode == StatusCodes.Status400BadRequest && bad.InnerException is null
            && BoundParameter().Match(bad.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [name] = [bad.Message.StartsWith("Required", StringComparison.Ordinal)
                    ? $"Il parametro «{name}» è obbligatorio."
                    : $"Il parametro «{name}» non ha un valore valido."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ItalianTitles.For(StatusCodes.Status400BadRequest),
                Detail = "Uno o più parametri non sono validi.",
            };
        }

        // A body value that does not convert ("plannedStart":"2025-02-30", a string for a number) names its field
        // as FluentValidation would (lines[0].amount), so a form shows the message next to it.
        if (bad.InnerException is JsonException { Path: ['$', '.', ..] or ['$', '[', ..] } field)
        {
            var name = field.Path![1] == '.' ? field.Path[2..] : field.Path[1..];
            var message = field.Message == NulRefusingStringConverter.Detail ? field.Message : "Valore non valido per questo campo.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ItalianTitles.For(StatusCodes.Status400BadRequest),
                Detail = $"Il corpo della richiesta non è valido: {field.Path}.",
            };
        }

        var detail = bad.InnerException is JsonException json
            ? $"Il corpo della richiesta non è valido: {json.Path ?? "$"}."
            : bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "La richiesta supera la dimensione massima consentita."
                : "La richiesta non è valida.";
        return Problem(bad.StatusCode, detail);
    }

    // ASP.NET Core's binding messages: 'Failed to bind parameter "int limit" from "abc".' and
    // 'Required parameter "int year" was not provided from query string.'
    [GeneratedRegex("""parameter "(?:[^"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)" (?:from|was not provided)""")]
    private static partial Regex BoundParameter();

    private static ProblemDetails Problem(int status, string detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail, Title = ItalianTitles.For(status) };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }
}
