using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rete.ServiceDefaults.Errors;

namespace Rete.ServiceDefaults.Http;

/// <summary>
/// PostgreSQL cannot store a NUL character, and each attempt would be a server error in its log: a NUL in the path,
/// the query or a JSON string is refused at the door with a 400, before any handler or database sees it.
/// </summary>
public static class NulCharacters
{
    public const string Detail = "La richiesta contiene il carattere nullo, che non è ammesso.";

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

    /// <summary>Reads JSON strings as usual but refuses one holding a NUL (the body's 400 then names its path).</summary>
    public sealed class RefusingJsonConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return value is not null && value.Contains('\0', StringComparison.Ordinal)
                ? throw new JsonException(Detail)
                : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options)!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);
    }
}
