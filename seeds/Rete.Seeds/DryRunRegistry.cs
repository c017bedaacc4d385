using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// Sends nothing: prints each request the loader would make and hands back a stand-in id
/// (<c>dry-run:{idempotency key}</c>) so references between items can be checked in the output.
/// </summary>
internal sealed class DryRunRegistry(TextWriter output) : IRegistryApi
{
    public async Task PutAsync(string path, object body, CancellationToken cancellationToken) =>
        await PrintAsync("PUT", path, body, idempotencyKey: null);

    public async Task<string?> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null)
    {
        await PrintAsync("POST", path, body, idempotencyKey + (versionOf is null ? "" : $"; If-Match: the ETag of {versionOf}"));
        return $"dry-run:{idempotencyKey}";
    }

    private async Task PrintAsync(string method, string path, object body, string? idempotencyKey)
    {
        var key = idempotencyKey is null ? "" : $"  [Idempotency-Key: {idempotencyKey}]";
        await output.WriteLineAsync($"{method} /api/registry/{path}{key}");
        await output.WriteLineAsync("  " + JsonSerializer.Serialize(body, body.GetType(), RegistryJson.Options));
    }
}
