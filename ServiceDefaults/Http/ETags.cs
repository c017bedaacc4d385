using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Errors;

namespace Rete.ServiceDefaults.Http;

/// <summary>An aggregate's version as a strong ETag (<c>"3"</c>), and the check of <c>If-Match</c> against it.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>
    /// Null when If-Match names the current version (or is <c>*</c>); otherwise the answer to give: 428 when the
    /// header is missing (a client that does not say which version it read would overwrite others' changes),
    /// 412 when it names another version.
    /// </summary>
    public static ProblemHttpResult? Precondition(HttpRequest request, int currentVersion)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return Problems.VersionRequired();
        }

        var current = For(currentVersion);
        var matches = header.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(tag => tag == "*" || tag == current || tag == "W/" + current);
        return matches ? null : Problems.StaleVersion();
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
