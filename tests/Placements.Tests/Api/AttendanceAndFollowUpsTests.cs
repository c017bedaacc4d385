using System.Net;
using System.Text;
using Rete.Testing;

namespace Rete.Placements.Tests.Api;

/// <summary>Attendance and the payroll's stipend list; follow-ups after the end; projects counted in a period.</summary>
[Collection(PlacementsCollection.Name)]
public class AttendanceAndFollowUpsTests(PlacementsFixture fixture)
{
    [Fact]
    public async Task Attendance_is_paid_in_proportion_can_be_corrected_and_lists_for_the_payroll_in_an_italian_csv()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var id = await ActiveAsync(s, line, monthly: 450m);

        await (await s.StepAsync(id, "attendance", new { month = 1, daysAttended = 21, daysScheduled = 20 })).ShouldBeInvalidAsync("daysAttended");
        await (await s.StepAsync(id, "attendance", new { month = 4, daysAttended = 1, daysScheduled = 20 })).ShouldBeConflictAsync("month-out-of-range");
        (await s.StepOkAsync(id, "attendance", new { month = 1, daysAttended = 15, daysScheduled = 20 }))
            .GetProperty("attendance")[0].GetProperty("stipendDue").GetDecimal().ShouldBe(337.50m);
        var corrected = await s.StepOkAsync(id, "attendance", new { month = 1, daysAttended = 16, daysScheduled = 21 });
        corrected.GetProperty("attendance").GetArrayLength().ShouldBe(1);
        corrected.GetProperty("attendance")[0].GetProperty("stipendDue").GetDecimal().ShouldBe(342.86m);

        var csv = await s.Operator.GetAsync($"/api/placements/stipends?budgetLineId={line}&month=2025-03");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray(), "the byte order mark that tells spreadsheets it is UTF-8");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        rows[0].ShouldStartWith("Tirocinio;Persona;Ospitante (id);Ospitante;Mese del tirocinio;Dal;Giorni previsti;Giorni di presenza;Borsa mensile (€);Importo dovuto (€)");
        rows[1].ShouldContain("Cooperativa sociale ospitante;1;03/03/2025;21;16;450,00;342,86");
        rows[^1].ShouldBe("Totale;342,86");

        // Only those who pay download it.
        (await fixture.Placements.ClientFor(s.Tenant, "auditor").GetAsync($"/api/placements/stipends?budgetLineId={line}&month=2025-03"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await s.Operator.GetAsync($"/api/placements/stipends?budgetLineId={line}&month=marzo")).ShouldBeInvalidAsync("month");
    }

    [Fact]
    public async Task Follow_ups_come_due_31_92_and_182_days_after_the_end_and_are_recorded_once()
    {
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var id = await ActiveAsync(s, line, monthly: 400m);
        var completed = await s.StepOkAsync(id, "complete", new { endedOn = "2025-06-02" });
        completed.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("dueOn").GetString())
            .ShouldBe(["2025-07-03", "2025-09-02", "2025-12-01"]);

        var due = await (await s.Operator.GetAsync("/api/placements/follow-ups?status=due&on=2025-07-03")).ReadJsonAsync();
        due.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("daysAfterEnd").GetInt32()).ShouldBe([31]);
        (await (await s.Operator.GetAsync("/api/placements/follow-ups?status=overdue&on=2025-07-03")).ReadJsonAsync())
            .GetProperty("items").GetArrayLength().ShouldBe(0);

        await (await s.StepAsync(id, "follow-ups/92", new { employed = true, inAssistanceCircuit = false, recordedOn = "2025-07-03" }))
            .ShouldBeConflictAsync("follow-up-not-due");
        await (await s.StepAsync(id, "follow-ups/60", new { employed = true, inAssistanceCircuit = false })).ShouldBeConflictAsync("follow-up-not-scheduled");
        await (await s.StepAsync(id, "follow-ups/31", new { inAssistanceCircuit = false })).ShouldBeInvalidAsync("employed");
        await s.StepOkAsync(id, "follow-ups/31", new { employed = true, inAssistanceCircuit = false, recordedOn = "2025-07-04" });
        await (await s.StepAsync(id, "follow-ups/31", new { employed = false, inAssistanceCircuit = true, recordedOn = "2025-07-05" }))
            .ShouldBeConflictAsync("follow-up-recorded");

        (await (await s.Operator.GetAsync("/api/placements/follow-ups?status=due&on=2025-07-10")).ReadJsonAsync())
            .GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await s.Operator.GetAsync("/api/placements/follow-ups?status=overdue&on=2025-10-10")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(f => f.GetProperty("daysAfterEnd").GetInt32()).ShouldBe([92]);
        await (await s.Operator.GetAsync("/api/placements/follow-ups?status=late")).ShouldBeInvalidAsync("status");
    }

    [Fact]
    public async Task Projects_in_a_period_count_as_concluded_in_it_or_ongoing_at_its_end()
    {
        var s = await Scenario.StartAsync(fixture);
        async Task<Guid> OpenAsync(string openedOn) => (await Scenario.CreatedAsync(await s.Operator.PostJsonAsync("/api/placements/projects",
            new { personId = Guid.NewGuid(), programme = "gol", measure = "orientation", openedOn }))).GetProperty("id").GetGuid();

        var before = await OpenAsync("2022-06-01");
        var concluded = await OpenAsync("2022-12-01");
        await OpenAsync("2023-03-01");
        await OpenAsync("2024-01-01");
        (await s.Operator.PostJsonAsync($"/api/placements/projects/{before}/conclude", new { concludedOn = "2022-09-30" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Operator.PostJsonAsync($"/api/placements/projects/{concluded}/conclude", new { concludedOn = "2023-05-31" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await s.Operator.PostJsonAsync($"/api/placements/projects/{concluded}/conclude", new { concludedOn = "2023-06-30" }))
            .ShouldBeConflictAsync("project-concluded");

        var counts = await (await s.Operator.GetAsync("/api/placements/projects/counts?from=2022-11-01&to=2023-10-31")).ReadJsonAsync();
        counts.GetProperty("total").GetInt32().ShouldBe(2);
        counts.GetProperty("opened").GetInt32().ShouldBe(2);
        counts.GetProperty("concluded").GetInt32().ShouldBe(1);
        counts.GetProperty("ongoing").GetInt32().ShouldBe(1);
        await (await s.Operator.GetAsync("/api/placements/projects/counts?from=2023-10-31&to=2022-11-01")).ShouldBeInvalidAsync("to");
    }

    private static async Task<Guid> ActiveAsync(Scenario s, Guid line, decimal monthly)
    {
        var id = (await s.ProposeAsync(line, monthly: monthly, months: 3)).GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");
        await s.StepOkAsync(id, "start", new { startedOn = "2025-03-03" });
        return id;
    }
}
