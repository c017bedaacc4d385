using Microsoft.AspNetCore.Http;

namespace Rete.ServiceDefaults.Http;

/// <summary>An aggregate's version as a strong ETag (<c>"3"</c>), and the check of <c>If-Match</c> against it.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>True when there is no If-Match, or when it names the current version (or <c>*</c>).</summary>
    public static bool IfMatchAllows(HttpRequest request, int currentVersion)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return true;
        }

        var current = For(currentVersion);
        return header.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(tag => tag == "*" || tag == current || tag == "W/" + current);
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
