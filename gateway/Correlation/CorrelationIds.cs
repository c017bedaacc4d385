using System.Buffers;
using System.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace Rete.Gateway.Correlation;

/// <summary>
/// The id a caller can quote when reporting a problem. A caller may bring its own; otherwise it is the trace
/// id, so the id found in a response leads straight to the trace.
/// </summary>
internal static class CorrelationIds
{
    public const string Header = "X-Correlation-Id";
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>Only short, plain ids travel on: the value ends up in logs, traces and other services' headers.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);

    public static string FromRequest(StringValues given, Activity? activity) =>
        given.Count == 1 && IsValid(given[0]) ? given[0]! : New(activity);

    private static string New(Activity? activity) =>
        (activity?.TraceId ?? ActivityTraceId.CreateRandom()).ToHexString();
}
