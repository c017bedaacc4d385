using System.Net;
using System.Text.Json;

using static Rete.EndToEnd.Tests.Answers;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// The placements and projects the seeder loaded (seeds/data/*.placements.json), read through the gateway: Trecate's
/// project counts from Placements, District 2's placements by kind and length from Placements and from Indicators
/// (which knows them only from events), and the share of people who left the assistance circuit.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public class PlacementsEndToEndTests
{
    [Fact]
    public async Task Trecate_counts_534_projects_207_concluded_327_ongoing_from_november_2022_to_october_2023()
    {
        using var client = Gateway.As("trecate", "auditor");

        var counts = await JsonAsync(client, "/api/placements/projects/counts?from=2022-11-01&to=2023-10-31");

        counts.GetProperty("total").GetInt32().ShouldBe(534);
        counts.GetProperty("concluded").GetInt32().ShouldBe(207);
        counts.GetProperty("ongoing").GetInt32().ShouldBe(327);
        counts.GetProperty("opened").GetInt32().ShouldBe(534);
    }

    [Fact]
    public async Task District_2_placements_come_by_kind_and_length_as_the_mandate_reports_list_them()
    {
        using var client = Gateway.As("torino", "auditor");

        var placements = await AllAsync(client, "/api/placements/placements?limit=200");
        placements.Count.ShouldBe(123);
        var byKind = placements.Where(p => p.GetProperty("plannedStart").GetString()!.CompareTo("2011") < 0)
            .GroupBy(p => $"{p.GetProperty("kind").GetString()}/{p.GetProperty("durationMonths").GetInt32()}")
            .ToDictionary(g => g.Key, g => g.Count());
        byKind.ShouldBe(new Dictionary<string, int> { ["training/6"] = 11, ["training/4"] = 15, ["training/3"] = 20 + 4 + 29, ["observational/3"] = 23 },
            ignoreOrder: true);
        placements.ShouldAllBe(p => p.GetProperty("status").GetString() == "completed" || p.GetProperty("status").GetString() == "interrupted");

        var first = await EventuallyAsync(client, "/api/indicators/placements?mandate=2006-2010", r => Followed(r) == 102);
        first.GetProperty("started").GetInt32().ShouldBe(102);
        (first.GetProperty("completed").GetInt32() + first.GetProperty("interrupted").GetInt32()).ShouldBe(102);
        Started(first).ShouldBe(new Dictionary<string, int> { ["training/3"] = 53, ["training/4"] = 15, ["training/6"] = 11, ["observational/3"] = 23 },
            ignoreOrder: true);

        var second = await EventuallyAsync(client, "/api/indicators/placements?mandate=2011-2016", r => Followed(r) == 21);
        Started(second).ShouldBe(new Dictionary<string, int> { ["training/3"] = 21 });
    }

    [Fact]
    public async Task Almost_half_of_the_people_placed_leave_the_assistance_circuit()
    {
        using var client = Gateway.As("torino", "auditor");

        var first = await EventuallyAsync(client, "/api/indicators/placements?mandate=2006-2010", r => Followed(r) == 102);
        first.GetProperty("leftAssistanceCircuit").GetInt32().ShouldBe(49);
        first.GetProperty("leftAssistanceCircuitShare").GetDecimal().ShouldBe(48.0m);
        var second = await EventuallyAsync(client, "/api/indicators/placements?mandate=2011-2016", r => Followed(r) == 21);
        second.GetProperty("leftAssistanceCircuitShare").GetDecimal().ShouldBe(47.6m);
        first.GetProperty("followUpsOverdue").GetInt32().ShouldBe(0);

        using var other = Gateway.As("trecate", "auditor");
        (await JsonAsync(other, "/api/indicators/placements?mandate=2006-2010")).GetProperty("started").GetInt32().ShouldBe(0);
    }

    private static int? Followed(JsonElement report) =>
        report.GetProperty("followedUp").ValueKind == JsonValueKind.Number ? report.GetProperty("followedUp").GetInt32() : null;

    private static Dictionary<string, int> Started(JsonElement report) =>
        report.GetProperty("byKindAndLength").EnumerateArray()
            .ToDictionary(k => $"{k.GetProperty("kind").GetString()}/{k.GetProperty("months").GetInt32()}", k => k.GetProperty("started").GetInt32());

    private static async Task<List<JsonElement>> AllAsync(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await JsonAsync(client, cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        return items;
    }
}
