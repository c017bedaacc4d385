using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rete.ServiceDefaults.Json;

/// <summary>
/// Reads JSON strings as usual but refuses one holding a NUL (the body's 400 then names its path): PostgreSQL cannot
/// store one, and every attempt would be a server error in its log.
/// </summary>
public sealed class NulRefusingStringConverter : JsonConverter<string>
{
    public const string Detail = "La richiesta contiene il carattere nullo, che non è ammesso.";

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
