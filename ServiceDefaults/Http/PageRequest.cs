using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Buffers.Text;

namespace Rete.ServiceDefaults.Http;

/// <summary><c>?limit=&amp;cursor=</c>. The cursor is the opaque id of the last item seen (ids are UUID v7, so time-ordered).</summary>
public sealed record PageRequest(int Limit, Guid? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Reads <c>?limit=&amp;cursor=</c>, adding a per-field message to <paramref name="errors"/> for a bad one.</summary>
    public static PageRequest Parse(int? limit, string? cursor, IDictionary<string, string[]> errors)
    {
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit deve essere compreso tra 1 e {MaxLimit}."];
        }

        Guid? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            Span<byte> bytes = stackalloc byte[16];
            // IsValid first: DecodeFromChars throws on characters outside the base64url alphabet.
            if (cursor.Length != 22 || !Base64Url.IsValid(cursor, out var length) || length != 16 || Base64Url.DecodeFromChars(cursor, bytes) != 16)
            {
                errors["cursor"] = ["cursor non valido: usare il valore nextCursor di una risposta precedente."];
            }
            else
            {
                after = new Guid(bytes, bigEndian: true);
            }
        }

        return new PageRequest(limit is >= 1 and <= MaxLimit ? limit.Value : DefaultLimit, after);
    }

    /// <summary>The same, for a list with no other parameters to check: a bad one gives the 400 answer to return.</summary>
    public static bool TryParse(int? limit, string? cursor, out PageRequest page, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var errors = new Dictionary<string, string[]>();
        page = Parse(limit, cursor, errors);
        problem = errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "Richiesta non valida") : null;
        return problem is null;
    }

    public static string Cursor(Guid lastId)
    {
        Span<byte> bytes = stackalloc byte[16];
        lastId.TryWriteBytes(bytes, bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }
}
