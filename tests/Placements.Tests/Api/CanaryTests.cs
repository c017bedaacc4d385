using Rete.Testing;

namespace Rete.Placements.Tests.Api;

/// <summary>
/// A placement whose free text holds canary values goes through its whole life; no canary may be found on the wire,
/// in the service's logs or in its spans. Events carry the person's opaque id and nothing a person wrote.
/// </summary>
[Collection(PlacementsCollection.Name)]
public sealed class CanaryTests(PlacementsFixture fixture) : IAsyncLifetime
{
    private BrokerTap tap = null!;

    public async Task InitializeAsync() => tap = await BrokerTap.StartAsync("Rete.Contracts.Placements");

    public async Task DisposeAsync() => await tap.DisposeAsync();

    [Fact]
    public async Task No_free_text_about_a_person_leaves_the_service_in_events_logs_or_spans()
    {
        string[] secrets = ["Canarinotutore", "Canarinomotivo", "Canarinonota"];
        var s = await Scenario.StartAsync(fixture);
        var line = await s.StipendLineAsync(10_000m);
        var person = await s.ConsentingPersonAsync();
        var proposal = await Scenario.CreatedAsync(await s.Operator.PostJsonAsync(Scenario.Placements, new
        {
            personId = person, kind = "observational", promotingOrganisationId = s.Promoting, hostOrganisationId = s.Host, budgetLineId = line,
            monthlyStipend = 300m, durationMonths = 3, plannedStart = "2025-03-03", weeklyHours = 15m, tutor = "Canarinotutore",
        }));
        var id = proposal.GetProperty("id").GetGuid();
        await s.WaitForStatusAsync(id, "funded");
        await s.StepOkAsync(id, "start", new { startedOn = "2025-03-03" });
        await s.StepOkAsync(id, "attendance", new { month = 1, daysAttended = 10, daysScheduled = 20 });
        await s.StepOkAsync(id, "interrupt", new { endedOn = "2025-04-10", reason = "Canarinomotivo" });
        await s.StepOkAsync(id, "outcome", new { outcome = "noHire", recordedOn = "2025-04-11" });
        await s.StepOkAsync(id, "follow-ups/31", new { employed = false, inAssistanceCircuit = true, recordedOn = "2025-05-12", note = "Canarinonota" });

        var messages = new List<string>();
        await Eventually.TrueAsync(async () =>
        {
            messages.AddRange(await tap.DrainAsync());
            return messages.Count(m => m.Contains(id.ToString(), StringComparison.Ordinal)) >= 6;
        });
        messages.ShouldContain(m => m.Contains(person.ToString(), StringComparison.Ordinal));

        foreach (var (where, lines) in new[] { ("RabbitMQ", messages), ("logs", fixture.Capture.Logs.ToList()), ("spans", fixture.Capture.Spans.ToList()) })
        {
            lines.ShouldNotBeEmpty(where);
            foreach (var secret in secrets)
            {
                var leaks = lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
                leaks.ShouldBeEmpty($"{secret} found in {where}: {string.Join(" // ", leaks.Take(3))}");
            }
        }
    }
}
