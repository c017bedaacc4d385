using System.Net;
using System.Text.Json;

using static Rete.EndToEnd.Tests.Answers;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// The District 2 chronology that the seeder loaded into Grants reaches Indicators only as events, and its mandate
/// totals come out of Indicators through the gateway.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public class IndicatorsEndToEndTests
{
    [Fact]
    public async Task The_seeded_mandate_totals_come_out_of_the_indicators_through_the_gateway()
    {
        using var client = Gateway.As("torino", "auditor");

        var first = await EventuallyAsync(client, "/api/indicators/funding?mandate=2006-2010", t => t.GetProperty("grants").GetInt32() == 5);
        first.GetProperty("spending").GetDecimal().ShouldBe(245_466.00m);
        first.GetProperty("awarded").GetDecimal().ShouldBe(53_300.00m);
        var second = await EventuallyAsync(client, "/api/indicators/funding?mandate=2011-2016", t => t.GetProperty("grants").GetInt32() == 10);
        second.GetProperty("spending").GetDecimal().ShouldBe(89_414.00m);

        using var other = Gateway.As("trecate", "auditor");
        var none = await JsonAsync(other, "/api/indicators/funding?mandate=2006-2010");
        none.GetProperty("totals").GetProperty("grants").GetInt32().ShouldBe(0);
    }

    private static async Task<JsonElement> EventuallyAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement totals;
        do
        {
            totals = (await JsonAsync(client, path)).GetProperty("totals");
            if (done(totals))
            {
                return totals;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        return totals;
    }
}
