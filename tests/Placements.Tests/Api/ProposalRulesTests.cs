using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rete.Testing;

namespace Rete.Placements.Tests.Api;

/// <summary>What a proposal needs: a placement consent with that host, known and active organisations, valid terms.</summary>
[Collection(PlacementsCollection.Name)]
public class ProposalRulesTests(PlacementsFixture fixture)
{
    [Fact]
    public async Task A_proposal_needs_the_persons_placement_consent_with_that_host_and_active_organisations()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var otherHost = await s.OrganisationAsync("Altro ospitante");
        var suspended = await s.OrganisationAsync("Ospitante sospeso", status: "suspended");

        await (await s.Operator.PostJsonAsync(Scenario.Placements, s.Proposal(Guid.NewGuid(), line)))
            .ShouldBeConflictAsync("no-placement-consent");
        await (await s.Operator.PostJsonAsync(Scenario.Placements, s.Proposal(await s.ConsentingPersonAsync(host: otherHost), line)))
            .ShouldBeConflictAsync("no-placement-consent");
        await (await s.Operator.PostJsonAsync(Scenario.Placements, s.Proposal(await s.ConsentingPersonAsync(purpose: "referral"), line)))
            .ShouldBeConflictAsync("no-placement-consent");
        await (await PostAsync(s, s.Proposal(await s.ConsentingPersonAsync(), line), new { hostOrganisationId = Guid.NewGuid() }))
            .ShouldBeInvalidAsync("hostOrganisationId");
        await (await PostAsync(s, s.Proposal(await s.ConsentingPersonAsync(host: suspended), line), new { hostOrganisationId = suspended }))
            .ShouldBeConflictAsync("host-not-active");

        (await PlacementRowsAsync(s.Tenant)).ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"durationMonths":5}""", "durationMonths")]
    [InlineData("""{"monthlyStipend":450.005}""", "monthlyStipend")]
    [InlineData("""{"monthlyStipend":0}""", "monthlyStipend")]
    [InlineData("""{"weeklyHours":60}""", "weeklyHours")]
    [InlineData("""{"kind":"stage"}""", "kind")]
    [InlineData("""{"plannedEnd":"2025-01-01"}""", "plannedEnd")]
    [InlineData("""{"plannedStart":"2025-02-30"}""", "plannedStart")]
    public async Task Bad_terms_answer_400_for_the_field_and_write_nothing(string overrides, string field)
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var response = await PostAsync(s, s.Proposal(await s.ConsentingPersonAsync(), line), JsonNode.Parse(overrides)!);

        await response.ShouldBeInvalidAsync(field);
        (await PlacementRowsAsync(s.Tenant)).ShouldBe(0);
    }

    [Fact]
    public async Task Proposals_racing_for_one_line_never_commit_more_than_it_holds()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(5_000m);
        var people = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => s.ConsentingPersonAsync()));

        var proposed = await Task.WhenAll(people.Select(async person =>
            await Scenario.CreatedAsync(await s.Operator.PostJsonAsync(Scenario.Placements, s.Proposal(person, line, monthly: 400m, months: 3)))));
        var decided = await Task.WhenAll(proposed.Select(p => s.WaitForAsync(p.GetProperty("id").GetGuid(),
            p => p.GetProperty("status").GetString() == "funded" || p.TryGetProperty("fundingRefusal", out _))));

        // 1.200,00 € each against 5.000,00 €: four fit, the other six are refused with Grants' reason.
        decided.Count(p => p.GetProperty("status").GetString() == "funded").ShouldBe(4);
        decided.Where(p => p.TryGetProperty("fundingRefusal", out _))
            .ShouldAllBe(p => p.GetProperty("fundingRefusal").GetString() == "insufficient-funds");
        (await s.ReservedOnLineAsync(line)).ShouldBe(4_800m);
    }

    [Fact]
    public async Task A_partner_host_sees_only_the_placements_it_hosts()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var id = (await s.ProposeAsync(line)).GetProperty("id").GetGuid();

        var host = fixture.Placements.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: s.Host));
        (await (await host.GetAsync(Scenario.Placements)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
        (await host.GetAsync($"{Scenario.Placements}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stranger = fixture.Placements.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: s.Promoting));
        (await (await stranger.GetAsync(Scenario.Placements)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await stranger.GetAsync($"{Scenario.Placements}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostJsonAsync(Scenario.Placements, s.Proposal(await s.ConsentingPersonAsync(), line))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_partner_host_reads_neither_why_it_ended_nor_the_follow_ups()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var id = (await s.ProposeAsync(line, monthly: 400m, months: 6)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");
        await s.StepOkAsync(id, "start", new { startedOn = "2025-03-03" });
        const string reason = "ricovero ospedaliero CANARY-HEALTH";
        await s.StepOkAsync(id, "interrupt", new { endedOn = "2025-04-10", reason });

        var network = await (await s.GetAsync(id)).ReadJsonAsync();
        network.GetProperty("endReason").GetString().ShouldBe(reason);
        network.GetProperty("followUps").GetArrayLength().ShouldBe(3);

        var host = fixture.Placements.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: s.Host));
        var one = await (await host.GetAsync($"{Scenario.Placements}/{id}")).ReadJsonAsync();
        var listed = (await (await host.GetAsync(Scenario.Placements)).ReadJsonAsync()).GetProperty("items")[0];
        foreach (var view in new[] { one, listed })
        {
            view.GetProperty("status").GetString().ShouldBe("interrupted");
            view.TryGetProperty("endReason", out _).ShouldBeFalse();
            view.GetProperty("followUps").GetArrayLength().ShouldBe(0);
            view.GetRawText().ShouldNotContain("CANARY-HEALTH");
        }
    }

    /// <summary>Posts a proposal with some of its fields replaced.</summary>
    private static Task<HttpResponseMessage> PostAsync(Scenario s, object proposal, object overrides)
    {
        var target = JsonSerializer.SerializeToNode(proposal, Http.Json)!.AsObject();
        foreach (var (name, value) in JsonSerializer.SerializeToNode(overrides, Http.Json)!.AsObject())
        {
            target[name] = value?.DeepClone();
        }

        return s.Operator.PostAsync(Scenario.Placements, new StringContent(target.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private Task<long> PlacementRowsAsync(string tenant) =>
        fixture.CountAsync("SELECT (SELECT count(*) FROM placements WHERE tenant_id = @t) + (SELECT count(*) FROM outbox_messages WHERE tenant_id = @t)", ("t", tenant));
}
