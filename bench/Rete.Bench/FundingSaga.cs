using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using Rete.ServiceDefaults.Json;

namespace Rete.Bench;

/// <summary>
/// The funding saga's time: proposal (Placements' commit) to funded (Placements applying Grants' StipendsReserved),
/// from the placement's own timestamps in placements-db (<c>created_at</c> is taken just before the proposal's insert,
/// <c>updated_at</c> when the answer is applied: one clock).
/// </summary>
internal static class FundingSaga
{
    /// <summary>
    /// Through the gateway: a promoting and a host organisation (Registry), a person with a placement consent for the host
    /// (Referrals), a stipends line (Grants); waits until Placements accepts a proposal, which means its read models have
    /// heard of all of it, and until that one is funded. Writes the proposal body to --out.
    /// </summary>
    public static async Task<int> SetupAsync(Arguments a)
    {
        using var http = Client(a["gateway"], a["token"]);
        using var admin = Client(a["gateway"], a["admin-token"]);
        var random = new Random();
        var promoting = await IdOf(await http.PostAsJsonAsync("/api/registry/organisations", Names.Body(1, random), ReteJson.Options));
        var host = await IdOf(await http.PostAsJsonAsync("/api/registry/organisations", Names.Body(3, random), ReteJson.Options));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var birth = new DateOnly(1990, 5, 17);
        var person = await IdOf(await http.PostAsJsonAsync("/api/referrals/people", new
        {
            firstName = "Mario",
            lastName = "Collaudo",
            taxCode = ReferralsSeeding.TaxCode(random.Next(1_000_000, 300_000_000), birth, woman: false),
            birthDate = birth,
            municipalityIstat = "001272",
            targetGroups = new[] { "adultInDifficulty" },
        }, ReteJson.Options));
        await IdOf(await http.PostAsJsonAsync($"/api/referrals/people/{person}/consents", new
        {
            purpose = "placement",
            recipientOrganisationIds = new[] { host },
            givenOn = today.AddDays(-1),
            signedBy = "la persona (banco di prova)",
        }, ReteJson.Options));
        using var budget = await admin.PostAsJsonAsync("/api/grants/budgets", new
        {
            year = a.Int("year", today.Year + 1),
            source = "region",
            name = "Banco di prova",
            lines = Enumerable.Range(1, a.Int("lines", 1))
                .Select(n => new { kind = "stipends", name = $"Borse lavoro {n} (banco di prova)", amount = 900_000_000m }).ToArray(),
        }, ReteJson.Options);
        var budgetBody = await Success(budget);
        var lines = JsonNode.Parse(budgetBody)!["lines"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).ToList();
        var line = lines[0];
        var body = new JsonObject
        {
            ["personId"] = person,
            ["kind"] = "training",
            ["promotingOrganisationId"] = promoting,
            ["hostOrganisationId"] = host,
            ["budgetLineId"] = line,
            ["monthlyStipend"] = 400,
            ["durationMonths"] = 3,
            ["plannedStart"] = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["weeklyHours"] = 20,
            ["tutor"] = "Tutor aziendale",
        }.ToJsonString();
        await File.WriteAllTextAsync(a["out"], body);

        var watch = Stopwatch.StartNew();
        string last;
        do
        {
            using var response = await http.PostAsync("/api/placements/placements", new StringContent(body, Encoding.UTF8, "application/json"));
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var id = Guid.Parse(JsonNode.Parse(last[4..])!["id"]!.GetValue<string>());
                var decided = await WaitAsync(a["db"], [id], TimeSpan.FromSeconds(60));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"saga-setup ready_seconds={watch.Elapsed.TotalSeconds:F1} funded={(decided.Funded.Count == 1 ? 1 : 0)} lines={string.Join(',', lines)}"));
                return decided.Funded.Count == 1 ? 0 : 1;
            }

            await Task.Delay(500);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(90));

        Console.Error.WriteLine($"Placements never accepted the proposal: {last}");
        return 1;
    }

    /// <summary>
    /// POSTs --count proposals of --body through the gateway, --concurrency at a time (one client waiting --interval-ms
    /// between them when 1), then waits until each is decided and prints the saga times of the funded ones. With --lines
    /// (ids, comma-separated) the proposals take the lines in turn instead of the body's one.
    /// </summary>
    public static async Task<int> RunAsync(Arguments a)
    {
        var count = a.Int("count", 200);
        var concurrency = a.Int("concurrency", 1);
        var interval = a.Int("interval-ms", 0);
        var template = JsonNode.Parse(await File.ReadAllTextAsync(a["body"]))!.AsObject();
        var bodies = a.Get("lines", template["budgetLineId"]!.GetValue<string>()).Split(',').Select(line =>
        {
            template["budgetLineId"] = line;
            return template.ToJsonString();
        }).ToArray();
        using var http = Client(a["gateway"], a["token"]);
        var ids = new List<Guid>();
        var latencies = new List<double>();
        var failures = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/api/placements/placements",
                    new StringContent(bodies[n % bodies.Length], Encoding.UTF8, "application/json"));
                var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                var text = await response.Content.ReadAsStringAsync();
                lock (ids)
                {
                    latencies.Add(elapsed);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        ids.Add(Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>()));
                    }
                    else
                    {
                        failures++;
                    }
                }

                if (interval > 0)
                {
                    await Task.Delay(interval);
                }
            }
        }));
        var seconds = watch.Elapsed.TotalSeconds;
        var decided = await WaitAsync(a["db"], ids, TimeSpan.FromSeconds(a.Int("timeout-seconds", 120)));
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Stats.Line("saga", decided.Funded)} refused={decided.Refused} undecided={ids.Count - decided.Funded.Count - decided.Refused} " +
            $"failed={failures} rps={count / seconds:F0} post_p50={Stats.Percentile(latencies, 50):F1} post_p99={Stats.Percentile(latencies, 99):F1}"));
        return 0;
    }

    /// <summary>Polls until every placement is funded or refused (or the time is up): the funded ones' saga times in ms.</summary>
    private static async Task<(List<double> Funded, int Refused)> WaitAsync(string db, IReadOnlyList<Guid> ids, TimeSpan patience)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand(
                """
                SELECT status, funding_refusal IS NOT NULL, extract(epoch FROM updated_at - created_at) * 1000
                FROM placements WHERE id = ANY(@ids) AND (status <> 'Proposed' OR funding_refusal IS NOT NULL)
                """, connection);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            var funded = new List<double>();
            var refused = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    if (reader.GetString(0) == "Funded")
                    {
                        funded.Add((double)reader.GetDecimal(2));
                    }
                    else
                    {
                        refused++;
                    }
                }
            }

            if (funded.Count + refused == ids.Count || watch.Elapsed > patience)
            {
                return (funded, refused);
            }

            await Task.Delay(200);
        }
    }

    private static HttpClient Client(string gateway, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<string> IdOf(HttpResponseMessage response)
    {
        using (response)
        {
            return JsonNode.Parse(await Success(response))!["id"]!.GetValue<string>();
        }
    }

    private static async Task<string> Success(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? text
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
    }
}
