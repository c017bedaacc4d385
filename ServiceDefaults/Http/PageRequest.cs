using System.Buffers.Text;

namespace Rete.ServiceDefaults.Http;

/// <summary><c>?limit=&amp;cursor=</c>. The cursor is the opaque id of the last item seen (ids are UUID v7, so time-ordered).</summary>
public sealed record PageRequest(int Limit, Guid? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static bool TryParse(int? limit, string? cursor, out PageRequest request, out KeyValuePair<string, string[]>? error)
    {
        request = new PageRequest(DefaultLimit, null);
        error = null;
        if (limit is < 1 or > MaxLimit)
        {
            error = new("limit", [$"limit deve essere compreso tra 1 e {MaxLimit}."]);
            return false;
        }

        Guid? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            Span<byte> bytes = stackalloc byte[16];
            // IsValid first: DecodeFromChars throws on characters outside the base64url alphabet.
            if (cursor.Length != 22 || !Base64Url.IsValid(cursor, out var length) || length != 16 || Base64Url.DecodeFromChars(cursor, bytes) != 16)
            {
                error = new("cursor", ["cursor non valido: usare il valore nextCursor di una risposta precedente."]);
                return false;
            }

            after = new Guid(bytes, bigEndian: true);
        }

        request = new PageRequest(limit ?? DefaultLimit, after);
        return true;
    }

    public static string Cursor(Guid lastId)
    {
        Span<byte> bytes = stackalloc byte[16];
        lastId.TryWriteBytes(bytes, bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }
}
