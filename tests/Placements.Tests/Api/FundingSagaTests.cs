using System.Net;
using Rete.Contracts.Grants;
using Rete.Contracts.Placements;
using Rete.Testing;

namespace Rete.Placements.Tests.Api;

/// <summary>The funding saga against the real Grants over the real broker: reserve, refuse, never twice, release.</summary>
[Collection(PlacementsCollection.Name)]
public class FundingSagaTests(PlacementsFixture fixture)
{
    [Fact]
    public async Task A_proposal_is_funded_with_months_times_the_monthly_stipend_to_the_cent()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);

        var proposed = await s.ProposeAsync(line, monthly: 450.35m, months: 6);
        proposed.GetProperty("status").GetString().ShouldBe("proposed");
        proposed.GetProperty("requestedAmount").GetDecimal().ShouldBe(2_702.10m);
        var id = proposed.GetProperty("id").GetGuid();

        var funded = await s.WaitForStatusAsync(id, "funded");
        funded.GetProperty("reservedAmount").GetDecimal().ShouldBe(2_702.10m);
        funded.TryGetProperty("fundingRefusal", out _).ShouldBeFalse(); // nulls are left out
        (await fixture.Events.WaitForAsync<PlacementFunded>(e => e.PlacementId == id))[0].ReservedAmount.ShouldBe(2_702.10m);
        (await s.ReservedOnLineAsync(line)).ShouldBe(2_702.10m);
        (await s.LineFiguresAsync(line)).GetProperty("available").GetDecimal().ShouldBe(7_297.90m);
    }

    [Fact]
    public async Task A_refused_proposal_stays_proposed_with_Grants_reason_and_can_be_asked_again_once_at_a_time()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(1_000m);

        var id = (await s.ProposeAsync(line, monthly: 400m, months: 3)).GetProperty("id").GetGuid();

        var refused = await s.WaitForAsync(id, p => p.TryGetProperty("fundingRefusal", out _));
        refused.GetProperty("status").GetString().ShouldBe("proposed");
        refused.GetProperty("fundingRefusal").GetString().ShouldBe("insufficient-funds");
        (await fixture.Events.WaitForAsync<PlacementFundingRefused>(e => e.PlacementId == id))[0].Reason.ShouldBe("insufficient-funds");
        await (await s.StepAsync(id, "start")).ShouldBeConflictAsync("placement-not-funded");

        var again = await s.StepOkAsync(id, "funding");
        again.GetProperty("fundingRequests").GetInt32().ShouldBe(2);
        await (await s.StepAsync(id, "funding")).ShouldBeConflictAsync("funding-pending");
        await s.WaitForAsync(id, p => p.TryGetProperty("fundingRefusal", out _));
        (await s.ReservedOnLineAsync(line)).ShouldBe(0m);
    }

    [Fact]
    public async Task Funding_asked_again_or_redelivered_never_reserves_twice()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(5_000m);
        var id = (await s.ProposeAsync(line, monthly: 500m, months: 4)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");

        // The request redelivered with a new event id, as a retry after a lost confirm would be: Grants answers the first decision.
        await fixture.PublishAsync(new StipendReservationRequested(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, id, line, 4, 500m));
        await Task.Delay(2_000);
        await fixture.GrantsEvents.WaitForAsync<StipendsReserved>(e => e.ReservationId == id, expected: 1);
        await (await s.StepAsync(id, "funding")).ShouldBeConflictAsync("placement-not-proposed");

        (await s.ReservedOnLineAsync(line)).ShouldBe(2_000m);
        await fixture.Events.WaitForAsync<PlacementFunded>(e => e.PlacementId == id, expected: 1);
        var placement = await (await s.GetAsync(id)).ReadJsonAsync();
        placement.GetProperty("reservedAmount").GetDecimal().ShouldBe(2_000m);
        placement.GetProperty("fundingRequests").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Completing_with_absences_pays_the_attendance_and_gives_the_rest_back_to_the_line()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var id = (await s.ProposeAsync(line, monthly: 450m, months: 3)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");

        (await s.StepOkAsync(id, "start", new { startedOn = "2025-03-03" })).GetProperty("status").GetString().ShouldBe("active");
        (await s.StepOkAsync(id, "attendance", new { month = 1, daysAttended = 13, daysScheduled = 21 }))
            .GetProperty("attendance")[0].GetProperty("stipendDue").GetDecimal().ShouldBe(278.57m);
        await s.StepOkAsync(id, "attendance", new { month = 2, daysAttended = 20, daysScheduled = 20 });
        await s.StepOkAsync(id, "attendance", new { month = 3, daysAttended = 22, daysScheduled = 22 });

        var completed = await s.StepOkAsync(id, "complete", new { endedOn = "2025-06-02" });
        completed.GetProperty("status").GetString().ShouldBe("completed");
        completed.GetProperty("paidAmount").GetDecimal().ShouldBe(1_178.57m);
        completed.GetProperty("releasedAmount").GetDecimal().ShouldBe(171.43m);
        completed.GetProperty("followUps").GetArrayLength().ShouldBe(3);

        var released = (await fixture.GrantsEvents.WaitForAsync<StipendReservationReleased>(e => e.ReservationId == id))[0];
        released.ReleasedAmount.ShouldBe(171.43m);
        released.RetainedAmount.ShouldBe(1_178.57m);
        (await s.ReservedOnLineAsync(line)).ShouldBe(1_178.57m);
        (await s.LineFiguresAsync(line)).GetProperty("available").GetDecimal().ShouldBe(8_821.43m);
    }

    [Fact]
    public async Task Interrupting_after_one_month_keeps_only_that_month_reserved()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var id = (await s.ProposeAsync(line, monthly: 400m, months: 6)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");
        await s.StepOkAsync(id, "start", new { startedOn = "2025-03-03" });
        await s.StepOkAsync(id, "attendance", new { month = 1, daysAttended = 20, daysScheduled = 20 });

        var interrupted = await s.StepOkAsync(id, "interrupt", new { endedOn = "2025-04-10", reason = "trasferimento" });
        interrupted.GetProperty("status").GetString().ShouldBe("interrupted");
        interrupted.GetProperty("paidAmount").GetDecimal().ShouldBe(400m);
        interrupted.GetProperty("releasedAmount").GetDecimal().ShouldBe(2_000m);

        (await fixture.GrantsEvents.WaitForAsync<StipendReservationReleased>(e => e.ReservationId == id))[0].ReleasedAmount.ShouldBe(2_000m);
        (await s.ReservedOnLineAsync(line)).ShouldBe(400m);
    }

    [Fact]
    public async Task Cancelling_a_funded_placement_gives_the_whole_reservation_back()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(3_000m);
        var id = (await s.ProposeAsync(line, monthly: 450m, months: 4)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");
        (await s.ReservedOnLineAsync(line)).ShouldBe(1_800m);

        var cancelled = await s.StepOkAsync(id, "cancel", new { reason = "rinuncia" });
        cancelled.GetProperty("status").GetString().ShouldBe("cancelled");
        cancelled.GetProperty("releasedAmount").GetDecimal().ShouldBe(1_800m);

        (await fixture.GrantsEvents.WaitForAsync<StipendReservationReleased>(e => e.ReservationId == id))[0].ReleasedAmount.ShouldBe(1_800m);
        (await s.ReservedOnLineAsync(line)).ShouldBe(0m);
        await (await s.StepAsync(id, "start")).ShouldBeConflictAsync("placement-not-startable");
        await (await s.StepAsync(id, "cancel")).ShouldBeConflictAsync("placement-not-cancellable");
    }

    [Fact]
    public async Task A_step_with_a_stale_If_Match_changes_nothing()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(3_000m);
        var id = (await s.ProposeAsync(line)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");

        var request = new HttpRequestMessage(HttpMethod.Post, $"{Scenario.Placements}/{id}/cancel") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        (await s.Operator.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await (await s.GetAsync(id)).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("funded");
    }
}
