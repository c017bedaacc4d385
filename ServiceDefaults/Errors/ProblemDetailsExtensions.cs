using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Rete.ServiceDefaults.Errors;

public static class ProblemDetailsExtensions
{
    public static IHostApplicationBuilder AddReteProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Customize);
        builder.Services.AddExceptionHandler<ReteExceptionHandler>();
        return builder;
    }

    private static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        // The plain 32-character trace id, the same the gateway returns as the correlation id.
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        problem.Title ??= ItalianTitles.For(problem.Status);
        if (problem.Status is { } status && ItalianTitles.Has(status) && problem.Title == ReasonPhrase(status))
        {
            problem.Title = ItalianTitles.For(status);
        }
    }

    private static string? ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
