using Rete.Web.Apis;

namespace Rete.Web.Components.Forms;

/// <summary>One <c>Idempotency-Key</c> per form shown, travelling in a hidden field named <c>idempotencyKey</c>.</summary>
public static class IdempotencyKeys
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static string Posted(IFormCollection form) =>
        form["idempotencyKey"].ToString() is { Length: > 0 and <= 64 } key ? key : New();

    /// <summary>
    /// A refused request wrote nothing, and the API keeps its answer under the key: the corrected form needs a new
    /// one. After no answer at all the same key makes the retry safe.
    /// </summary>
    public static string After(ApiProblem? problem, string key) => problem is { Status: >= 400 and < 500 } ? New() : key;
}
