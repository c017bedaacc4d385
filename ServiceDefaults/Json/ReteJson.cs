using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rete.ServiceDefaults.Json;

/// <summary>One JSON shape for the whole system: camelCase names, enums as camelCase strings, ISO dates.</summary>
public static class ReteJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // Deep JSON is a cheap way to burn CPU; nothing Rete accepts nests this far.
        options.MaxDepth = 32;
        // {"name":"a","name":"b"} is ambiguous; refusing it keeps every reader of the body agreeing on its meaning.
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new NulRefusingStringConverter());
        return options;
    }
}
