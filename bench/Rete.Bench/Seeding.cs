using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using NpgsqlTypes;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Bench;

/// <summary>Data for the growth runs: through the API for small sizes, with COPY for large ones.</summary>
internal static class Seeding
{
    /// <summary>Registers --count organisations through the gateway, --concurrency at a time.</summary>
    public static async Task<int> ViaApiAsync(Arguments a)
    {
        var count = a.Int("count", 1000);
        using var http = new HttpClient { BaseAddress = new Uri(a["gateway"]) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", a["token"]);
        var next = -1;
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, a.Int("concurrency", 8)).Select(async _ =>
        {
            var random = new Random();
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                using var response = await http.PostAsJsonAsync("/api/registry/organisations", Names.Body(n, random), ReteJson.Options);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        Console.WriteLine($"seed-api count={count} failed={failures} seconds={watch.Elapsed.TotalSeconds:F1}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// COPYs --count organisations of --tenant into registry-db as its owner, with UUID v7 ids and created times
    /// spread over the last three years (as a registry filled over time would have), then ANALYZEs the table.
    /// No outbox rows: these registrations never happened as far as other services know.
    /// </summary>
    public static async Task<int> ViaCopyAsync(Arguments a)
    {
        var count = a.Int("count", 10_000);
        var tenant = a["tenant"];
        var random = new Random(tenant.GetHashCode(StringComparison.Ordinal));
        var now = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(a["db"]);
        await connection.OpenAsync();
        var created = Enumerable.Range(0, count).Select(_ => now.AddSeconds(-random.NextDouble() * 3 * 365 * 86400)).Order().ToList();
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY organisations (id, tenant_id, name, kind, address, municipality_istat, district, email, phone, areas, target_groups,
                                notes, status, version, created_at, updated_at) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < count; i++)
            {
                var o = Names.Make(random, i);
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(created[i]), NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(o.Name, NpgsqlDbType.Varchar);
                await writer.WriteAsync(o.StoredKind, NpgsqlDbType.Varchar);
                await writer.WriteAsync($"Via Roma {1 + (i % 120)}, {o.Town}", NpgsqlDbType.Text);
                await writer.WriteAsync(o.Istat, NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteAsync($"info{i}@example.org", NpgsqlDbType.Text);
                await writer.WriteAsync($"0321 {random.Next(100000, 999999)}", NpgsqlDbType.Text);
                await writer.WriteAsync(o.StoredAreas, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(o.StoredGroups, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(o.Notes, NpgsqlDbType.Text);
                await writer.WriteAsync("Active", NpgsqlDbType.Varchar);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(created[i], NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(created[i], NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE organisations", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"seed-copy tenant={tenant} count={count} seconds={watch.Elapsed.TotalSeconds:F1}");
        return 0;
    }

    /// <summary>The cursor a client would hold after reading the first --offset organisations of --tenant.</summary>
    public static async Task<int> CursorAsync(Arguments a)
    {
        await using var connection = new NpgsqlConnection(a["db"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM organisations WHERE tenant_id = @t ORDER BY id OFFSET @o LIMIT 1", connection);
        command.Parameters.AddWithValue("t", a["tenant"]);
        command.Parameters.AddWithValue("o", a.Int("offset", 0));
        var id = (Guid?)await command.ExecuteScalarAsync() ?? throw new ArgumentException("no organisation at that offset");
        Console.WriteLine(PageRequest.Cursor(id));
        return 0;
    }
}
