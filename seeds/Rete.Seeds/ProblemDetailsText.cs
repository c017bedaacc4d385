using System.Text;
using System.Text.Json;

namespace Rete.Seeds;

/// <summary>Renders an RFC 9457 problem details body (or whatever the server sent) for the console.</summary>
internal static class ProblemDetailsText
{
    private const int MaxRawLength = 2000;

    public static string Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "  (empty body)";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Raw(body);
            }

            var text = new StringBuilder();
            foreach (var name in new[] { "title", "detail", "code", "type", "instance", "traceId" })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    text.Append("  ").Append(name).Append(": ").AppendLine(value.ToString());
                }
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                text.AppendLine("  errors:");
                foreach (var field in errors.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join("; ", field.Value.EnumerateArray().Select(m => m.ToString()))
                        : field.Value.ToString();
                    text.Append("    ").Append(field.Name).Append(": ").AppendLine(messages);
                }
            }

            return text.Length > 0 ? text.ToString().TrimEnd() : Raw(body);
        }
        catch (JsonException)
        {
            return Raw(body);
        }
    }

    private static string Raw(string body) =>
        "  " + (body.Length > MaxRawLength ? body[..MaxRawLength] + " ..." : body);
}
