using System.Net;
using Npgsql;
using Rete.Contracts.Grants;
using Rete.Contracts.Placements;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

/// <summary>Placements reserves stipends over the real bus; Grants answers with events. The HTTP endpoint follows the same rules.</summary>
[Collection(GrantsCollection.Name)]
public class ReservationsTests(GrantsFixture fixture)
{
    [Fact]
    public async Task A_request_reserves_months_times_the_monthly_stipend_and_a_release_returns_the_unused_part()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(12_000m, "stipends");
        var placement = Guid.NewGuid();

        await fixture.PublishAsync(Request(s.Tenant, placement, line, months: 3, monthly: 400m));

        var reserved = (await fixture.Events.WaitForAsync<StipendsReserved>(e => e.ReservationId == placement))[0];
        reserved.Amount.ShouldBe(1_200m);
        reserved.BudgetLineId.ShouldBe(line);
        reserved.PlacementId.ShouldBe(placement);
        (await s.LineFiguresAsync(line)).GetProperty("reserved").GetDecimal().ShouldBe(1_200m);

        // The placement was interrupted after one month: 400 € were paid and stay committed.
        await fixture.PublishAsync(new StipendReservationReleaseRequested(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, placement, "interrotto", 400m));

        var released = (await fixture.Events.WaitForAsync<StipendReservationReleased>(e => e.ReservationId == placement))[0];
        released.ReleasedAmount.ShouldBe(800m);
        released.RetainedAmount.ShouldBe(400m);
        var figures = await s.LineFiguresAsync(line);
        figures.GetProperty("reserved").GetDecimal().ShouldBe(400m);
        figures.GetProperty("available").GetDecimal().ShouldBe(11_600m);

        await fixture.PublishAsync(new StipendReservationReleaseRequested(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, placement, "di nuovo", null));
        await fixture.Events.WaitForAsync<StipendReservationReleased>(e => e.ReservationId == placement, expected: 1);
        (await s.LineFiguresAsync(line)).GetProperty("reserved").GetDecimal().ShouldBe(400m);
    }

    [Fact]
    public async Task A_request_that_cannot_be_met_is_refused_with_a_reason_and_reserves_nothing()
    {
        var s = new Scenario(fixture);
        var stipends = await s.LineAsync(1_000m, "stipends");
        var grants = await s.LineAsync(50_000m, "grants");
        var cases = new (Guid Line, int Months, decimal Monthly, string Reason)[]
        {
            (stipends, 3, 400m, "insufficient-funds"),
            (grants, 3, 400m, "line-not-stipends"),
            (Guid.NewGuid(), 3, 400m, "unknown-line"),
            (stipends, 0, 400m, "invalid-request"),
            (stipends, 1, 0.001m, "invalid-request"),
        };

        var ids = new List<Guid>();
        foreach (var c in cases)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await fixture.PublishAsync(Request(s.Tenant, id, c.Line, c.Months, c.Monthly));
        }

        for (var i = 0; i < cases.Length; i++)
        {
            (await fixture.Events.WaitForAsync<StipendReservationRefused>(e => e.ReservationId == ids[i]))[0].Reason.ShouldBe(cases[i].Reason);
        }

        fixture.Events.Of<StipendsReserved>(e => e.TenantId == s.Tenant).ShouldBeEmpty();
        (await s.LineFiguresAsync(stipends)).GetProperty("reserved").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task The_same_reservation_asked_twice_reserves_once()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(10_000m, "stipends");
        var reservation = Guid.NewGuid();
        var request = Request(s.Tenant, reservation, line, months: 6, monthly: 400m);

        var again = request with { EventId = Guid.NewGuid() };

        await fixture.PublishAsync(request);
        await fixture.PublishAsync(request); // redelivered: the inbox drops it
        await fixture.PublishAsync(again);   // asked again: the reservation id finds the first decision

        await fixture.Events.WaitForAsync<StipendsReserved>(e => e.ReservationId == reservation, expected: 1);
        await Eventually.TrueAsync(async () => await InboxCountAsync(request.EventId, again.EventId) == 2);
        (await s.LineFiguresAsync(line)).GetProperty("reserved").GetDecimal().ShouldBe(2_400m);
        (await ReservationRowsAsync(s.Tenant)).ShouldBe(1);
    }

    [Fact]
    public async Task A_refusal_commits_nothing_so_the_same_reservation_asked_again_after_the_line_grows_is_reserved()
    {
        var s = new Scenario(fixture);
        var budget = await Scenario.CreatedAsync(await s.Admin.PostJsonAsync(Scenario.Budgets, new
        {
            year = 2024, source = "golPnrr", lines = new[] { new { kind = "stipends", name = "Borse lavoro GOL", amount = 1_000m } },
        }));
        var line = budget.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var reservation = Guid.NewGuid();
        var request = Request(s.Tenant, reservation, line, months: 3, monthly: 400m);

        await fixture.PublishAsync(request);
        await fixture.Events.WaitForAsync<StipendReservationRefused>(e => e.ReservationId == reservation);
        (await s.Admin.PutJsonAsync($"{Scenario.Budgets}/{budget.GetProperty("id").GetGuid()}/lines/{line}", new { name = "Borse lavoro GOL", amount = 1_200m }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await fixture.PublishAsync(request with { EventId = Guid.NewGuid() });

        (await fixture.Events.WaitForAsync<StipendsReserved>(e => e.ReservationId == reservation))[0].Version.ShouldBe(2);
        (await s.LineFiguresAsync(line)).GetProperty("available").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task Fifty_concurrent_requests_against_room_for_ten_reserve_exactly_ten()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(12_000m, "stipends"); // room for ten 3 × 400 € placements
        var ids = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => fixture.PublishAsync(Request(s.Tenant, id, line, months: 3, monthly: 400m))));

        var reserved = await fixture.Events.WaitForAsync<StipendsReserved>(e => e.TenantId == s.Tenant, expected: 10, timeout: TimeSpan.FromSeconds(60));
        var refused = await fixture.Events.WaitForAsync<StipendReservationRefused>(e => e.TenantId == s.Tenant, expected: 40, timeout: TimeSpan.FromSeconds(60));
        refused.ShouldAllBe(e => e.Reason == "insufficient-funds");
        reserved.Select(e => e.ReservationId).Concat(refused.Select(e => e.ReservationId)).ShouldBe(ids, ignoreOrder: true);

        var figures = await s.LineFiguresAsync(line);
        figures.GetProperty("reserved").GetDecimal().ShouldBe(12_000m);
        figures.GetProperty("available").GetDecimal().ShouldBe(0m);
        (await ReservationRowsAsync(s.Tenant, "Reserved")).ShouldBe(10);
        (await ReservationRowsAsync(s.Tenant, "Refused")).ShouldBe(40);
        (await SumReservedAsync(s.Tenant)).ShouldBe(12_000m);
    }

    [Fact]
    public async Task An_operator_can_reserve_and_release_by_http_with_the_same_rules()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(2_000m, "stipends");
        var id = Guid.NewGuid();
        var body = new { reservationId = id, budgetLineId = line, months = 4, monthlyAmount = 450m };

        var created = await s.Operator.PostJsonAsync(Scenario.Reservations, body);
        (await Scenario.CreatedAsync(created)).GetProperty("amount").GetDecimal().ShouldBe(1_800m);
        (await s.Operator.PostJsonAsync(Scenario.Reservations, body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await s.Operator.PostJsonAsync(Scenario.Reservations, new { budgetLineId = line, months = 1, monthlyAmount = 200.01m }))
            .ShouldBeConflictAsync("insufficient-funds");
        await (await s.Operator.PostJsonAsync(Scenario.Reservations, new { budgetLineId = line, months = 1, monthlyAmount = 10.005m }))
            .ShouldBeInvalidAsync("monthlyAmount");
        await (await s.Operator.PostJsonAsync(Scenario.Reservations, new { budgetLineId = Guid.NewGuid(), months = 1, monthlyAmount = 10m }))
            .ShouldBeInvalidAsync("budgetLineId");
        await (await s.Operator.PostJsonAsync(Scenario.Reservations, new { budgetLineId = line, months = 24, monthlyAmount = 999_999_999_999.99m }))
            .ShouldBeInvalidAsync("monthlyAmount");

        await (await s.Operator.PostJsonAsync($"{Scenario.Reservations}/{id}/release", new { usedAmount = 1_800.01m }))
            .ShouldBeConflictAsync("used-exceeds-reservation");
        var released = await s.Operator.PostJsonAsync($"{Scenario.Reservations}/{id}/release", new { reason = "annullato" });
        released.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await released.ReadJsonAsync()).GetProperty("releasedAmount").GetDecimal().ShouldBe(1_800m);
        await (await s.Operator.PostJsonAsync($"{Scenario.Reservations}/{id}/release", new { })).ShouldBeConflictAsync("reservation-not-active");
        (await s.LineFiguresAsync(line)).GetProperty("available").GetDecimal().ShouldBe(2_000m);

        var partner = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: Guid.NewGuid()));
        (await partner.GetAsync($"{Scenario.Reservations}/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Factory.ClientFor(s.Tenant, "auditor").GetAsync($"{Scenario.Reservations}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static StipendReservationRequested Request(string tenant, Guid reservation, Guid line, int months, decimal monthly) =>
        new(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, reservation, reservation, line, months, monthly);

    private async Task<long> ReservationRowsAsync(string tenant, string? status = null)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM stipend_reservations WHERE tenant_id = @t AND (@s::text IS NULL OR status = @s)", connection);
        command.Parameters.AddWithValue("t", tenant);
        command.Parameters.AddWithValue("s", (object?)status ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<decimal> SumReservedAsync(string tenant)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(sum(amount), 0) FROM stipend_reservations WHERE tenant_id = @t AND status = 'Reserved'", connection);
        command.Parameters.AddWithValue("t", tenant);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> InboxCountAsync(params Guid[] eventIds)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", eventIds);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
