using Microsoft.AspNetCore.Mvc;

namespace Rete.Gateway.Errors;

/// <summary>Problem answers the gateway gives on its own account. Titles are read at the job desks: Italian.</summary>
internal static class GatewayProblems
{
    public static ProblemDetails TooLarge(long maxBytes) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "Richiesta troppo grande",
        Detail = $"Il corpo della richiesta supera la dimensione massima consentita ({maxBytes} byte).",
    };

    public static ProblemDetails TooManyRequests(int retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = "Troppe richieste",
        Detail = $"Sono state inviate troppe richieste in poco tempo: riprovare tra {retryAfterSeconds} secondi.",
    };

    public static ProblemDetails Unreachable(int status, string? service)
    {
        var who = service is null ? "Il servizio" : $"Il servizio {service}";
        var problem = status switch
        {
            StatusCodes.Status503ServiceUnavailable => new ProblemDetails
            {
                Title = "Servizio temporaneamente non disponibile",
                Detail = $"{who} non ha istanze disponibili: riprovare tra poco.",
            },
            StatusCodes.Status504GatewayTimeout => new ProblemDetails
            {
                Title = "Il servizio non ha risposto in tempo",
                Detail = $"{who} non ha risposto in tempo: riprovare tra poco.",
            },
            _ => new ProblemDetails
            {
                Title = "Servizio non raggiungibile",
                Detail = $"{who} non è raggiungibile: riprovare tra poco.",
            },
        };
        problem.Status = status;
        if (service is not null)
        {
            problem.Extensions["service"] = service;
        }

        return problem;
    }

    public static ProblemDetails BadRequest(int status) => new()
    {
        Status = status,
        Title = status == StatusCodes.Status413PayloadTooLarge ? "Richiesta troppo grande" : "Richiesta non valida",
        Detail = status == StatusCodes.Status413PayloadTooLarge
            ? "Il corpo della richiesta supera la dimensione massima consentita."
            : "Il corpo della richiesta non è stato ricevuto correttamente.",
    };
}
