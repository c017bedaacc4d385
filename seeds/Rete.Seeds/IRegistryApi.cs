using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rete.Seeds;

/// <summary>The calls the loader makes; paths are relative to <c>{gateway}/api/registry/</c>.</summary>
internal interface IRegistryApi
{
    Task PutAsync(string path, object body, CancellationToken cancellationToken);

    /// <summary>
    /// POSTs with an Idempotency-Key and returns the created resource's id, if the answer has one. A POST that changes
    /// the resource at <paramref name="versionOf"/> sends that resource's current ETag as If-Match.
    /// </summary>
    Task<string?> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null);
}

internal static class RegistryJson
{
    /// <summary>
    /// camelCase, nulls left out, DateOnly written as yyyy-MM-dd; accented letters stay readable
    /// (the bodies are never embedded in HTML).
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
