using System.Net;
using System.Text.Json;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// `./rete up` on a system that already holds the seeds runs the seeder again: every write replays its first answer,
/// so no figure of any service moves and nobody is registered twice.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public class SeedAgainTests
{
    private static readonly string[] Tenants = ["torino", "trecate", "zona-ovest"];
    private static readonly string[] Figures = ["organisations", "funding", "placements", "referrals", "projects"];

    [Fact]
    public async Task A_second_seeding_changes_no_figure_and_registers_nobody_twice()
    {
        var before = await SnapshotAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await ReteSystem.Current.SeedAsync("seed-again.log", timeout.Token);
        // What a duplicate would move reaches Indicators within a second (bench/: event to figure p99 under 1 s).
        await Task.Delay(TimeSpan.FromSeconds(5));

        var after = await SnapshotAsync();
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        foreach (var (figure, value) in before)
        {
            after[figure].ShouldBe(value, figure);
        }
    }

    private static async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var snapshot = new Dictionary<string, string>();
        foreach (var tenant in Tenants)
        {
            using var auditor = Gateway.As(tenant, "auditor");
            foreach (var figure in Figures)
            {
                snapshot[$"{tenant} {figure}"] = await TextAsync(auditor.GetAsync($"/api/indicators/{figure}"));
            }

            snapshot[$"{tenant} placements"] = await TextAsync(auditor.GetAsync("/api/placements/placements?limit=200"));
            snapshot[$"{tenant} budgets"] = await TextAsync(auditor.GetAsync("/api/grants/budgets"));
            snapshot[$"{tenant} grants"] = await TextAsync(auditor.GetAsync("/api/grants/grants?limit=200"));
        }

        // District 2's candidate bank: a person registered twice would enter it twice.
        using var operatorClient = Gateway.As("torino", "operator");
        snapshot["torino candidates"] = await TextAsync(operatorClient.GetAsync("/api/referrals/candidates?skill=cucina&limit=200"));
        return snapshot;
    }

    private static async Task<string> TextAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement);
    }
}
