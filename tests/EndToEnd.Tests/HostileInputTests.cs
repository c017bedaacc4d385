using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using Rete.Testing;
using Xunit.Abstractions;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// A few thousand malformed or hostile requests through the gateway of the whole system (the AppHost,
/// as ./rete up runs it): wrong types, huge and deep bodies, SQL and script fragments, another tenant's ids, bad
/// tokens, cursors, Idempotency-Keys and If-Match values. None may get a 5xx, change the attacker's or the victim's
/// data, or show the victim's data.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const string Orgs = "/api/registry/organisations";
    private const int Rounds = 12;

    [Fact]
    public async Task Thousands_of_hostile_requests_get_no_5xx_change_nothing_and_leak_nothing()
    {
        var attacker = TestTenants.Next();
        var victim = TestTenants.Next();
        var marker = $"Riservato{Guid.NewGuid():N}";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = Gateway.Address, Timeout = TimeSpan.FromSeconds(30) };

        // The victim's organisations, and the attacker's own (targets for If-Match and Idempotency-Key attacks).
        var victimIds = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            victimIds.Add(await RegisterAsync(http, victim, $"{marker} Cooperativa {i}"));
        }

        var ownId = await RegisterAsync(http, attacker, "Associazione di chi attacca");
        var before = await CountsAsync(attacker, victim);

        var attacks = Attacks.All(attacker, victim, victimIds, ownId, Rounds).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentBag<string>();
        var leaks = new ConcurrentBag<string>();
        var transport = 0;
        await Parallel.ForEachAsync(attacks, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (attack, ct) =>
        {
            try
            {
                using var request = attack.Build();
                // An id the attacker sent may come back (a 404's "instance"); the victim's names, or ids the request did not name, may not.
                var sent = request.RequestUri + (request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct));
                var secrets = victimIds.Select(id => id.ToString()).Where(id => !sent.Contains(id, StringComparison.OrdinalIgnoreCase)).Append(marker);
                using var response = await http.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                {
                    serverErrors.Add($"{(int)response.StatusCode} {attack.Name}: {body[..Math.Min(body.Length, 300)]}");
                }

                if (secrets.Any(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    leaks.Add($"{attack.Name}: {body[..Math.Min(body.Length, 300)]}");
                }
            }
            catch (HttpRequestException)
            {
                // The gateway may close the connection on a refused oversize body; that is not a server error.
                Interlocked.Increment(ref transport);
            }
        });

        var after = await CountsAsync(attacker, victim);
        output.WriteLine($"requests {attacks.Count} (distinct attacks {attacks.Count / Rounds}), 5xx {serverErrors.Count}, leaks {leaks.Count}, " +
            $"connections closed {transport}; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}"))}");
        output.WriteLine($"rows before {Describe(before)}; after {Describe(after)}");
        foreach (var problem in serverErrors.Concat(leaks).Distinct().Take(20))
        {
            output.WriteLine(problem);
        }

        serverErrors.ShouldBeEmpty();
        leaks.ShouldBeEmpty();
        after.ShouldBe(before);
        transport.ShouldBeLessThan(attacks.Count / 100 + 1);
        attacks.Count.ShouldBeGreaterThan(2000);
    }

    private static string Describe(SortedDictionary<string, long> counts) => string.Join(" ", counts.Select(c => $"{c.Key}={c.Value}"));

    private static async Task<Guid> RegisterAsync(HttpClient http, string tenant, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Orgs) { Content = Json($$"""{"name":"{{name}}","kind":"socialCooperative","municipalityIstat":"003149","areas":["training"]}""") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(tenant, "operator"));
        using var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Rows per table (every table with a tenant_id, outbox included) of the two tenants, in the end-to-end registry database.</summary>
    private static async Task<SortedDictionary<string, long>> CountsAsync(params string[] tenants)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(ReteSystem.Current.RegistryDatabase);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            foreach (var tenant in tenants)
            {
                await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE tenant_id = @t", connection);
                command.Parameters.AddWithValue("t", tenant);
                counts[$"{table}[{tenant.Split('-')[0]}]"] = (long)(await command.ExecuteScalarAsync())!;
            }
        }

        return counts;
    }

    internal static StringContent Json(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);
}
