using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using static Rete.EndToEnd.Tests.Answers;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// Referrals through the gateway with the roles that may use it, on the data the seeder loaded; its events reach
/// Indicators, where Trecate's 256 people assigned by the CPI of Novara come out.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public class ReferralsEndToEndTests
{
    [Fact]
    public async Task The_referrals_api_answers_the_right_roles_through_the_gateway()
    {
        using var anonymous = Gateway.Anonymous();
        (await anonymous.GetAsync("/api/referrals/candidates?skill=cucina")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var ops = Gateway.As("torino", "ops");
        (await ops.GetAsync("/api/referrals/candidates?skill=cucina")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var operatorClient = Gateway.As("torino", "operator");
        var candidates = await JsonAsync(operatorClient, "/api/referrals/candidates?skill=cucina");
        candidates.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        var search = await operatorClient.PostAsJsonAsync("/api/referrals/people/search", new { lastName = "Esempio", birthDate = "1960-01-01" });
        search.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var auditor = Gateway.As("torino", "auditor");
        (await auditor.PostAsJsonAsync("/api/referrals/people", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await JsonAsync(auditor, "/api/referrals/access-log")).GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_seeded_256_people_assigned_by_the_CPI_come_out_of_the_indicators()
    {
        using var client = Gateway.As("trecate", "auditor");
        var figures = await EventuallyAsync(client, "/api/indicators/referrals?from=2022-11-01&to=2023-10-31",
            f => f.TryGetProperty("peopleAssigned", out var n) && n.GetInt32() == 256);

        figures.GetProperty("peopleAssigned").GetInt32().ShouldBe(256);
    }

    [Fact]
    public async Task Torino_s_GOL_4_referrals_keep_the_dates_of_the_spring_of_2024_they_were_made_in()
    {
        // 27 sent within days of the consents of 29 February and 4 March 2024, 19 accepted one to three weeks later
        // (median 13 days), 4 rejected: the seeder declares the dates, as a desk entering paper referrals would.
        using var client = Gateway.As("torino", "auditor");
        var figures = await EventuallyAsync(client, "/api/indicators/referrals?from=2024-02-01&to=2024-04-30",
            f => f.TryGetProperty("accepted", out var n) && n.GetInt32() == 19);

        (figures.GetProperty("sent").GetInt32(), figures.GetProperty("accepted").GetInt32(), figures.GetProperty("rejected").GetInt32())
            .ShouldBe((27, 19, 4));
        figures.GetProperty("medianDaysToAcceptance").GetDecimal().ShouldBeInRange(12m, 14m);
    }
}
