using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Json;

namespace Rete.ServiceDefaults.Http;

/// <summary>
/// PostgreSQL cannot store a NUL character, and each attempt would be a server error in its log: a NUL in the path,
/// the query or a JSON string is refused at the door with a 400, before any handler or database sees it.
/// </summary>
public static class NulCharacters
{
    public const string Detail = NulRefusingStringConverter.Detail;

    public static IApplicationBuilder UseNulRejection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!InPathOrQuery(context.Request))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = ItalianTitles.For(400), Detail = Detail },
            });
        });

    private static bool InPathOrQuery(HttpRequest request) =>
        (request.Path.Value?.Contains('\0', StringComparison.Ordinal) ?? false)
        || request.Query.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || p.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true));
}
