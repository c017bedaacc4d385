using System.Text.Json;
using Rete.Contracts;
using Rete.Contracts.Registry;
using static Rete.Indicators.Tests.PlacementEvents;

namespace Rete.Indicators.Tests;

/// <summary>
/// The placements of District 2's mandate reports (2006-2010: 11 six-month, 15 four-month and 20 + 4 + 29 three-month
/// training placements, 23 observational placements; 2011-2016: 21 three-month placements), from Placements' events.
/// </summary>
[Collection(IndicatorsCollection.Name)]
public class PlacementTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task Placements_by_kind_and_length_and_the_near_half_leaving_the_assistance_circuit()
    {
        var s = new Scenario(fixture);
        var desk = Guid.CreateVersion7();
        var events = new List<IIntegrationEvent>
        {
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, desk, 1, "Ufficio Progetto Lavoro Circoscrizione 2",
                "jobDesk", null, "001272", "2", "active", null),
        };
        var n = 0;
        DateOnly Start(int year) => new(year, 1 + n++ % 6, 1);
        // 2006-2010: 79 training placements and 23 observational ones, all followed up; 50 of the 102 have left the
        // assistance circuit at their last follow-up (49 %: "almost half").
        var followed = 0;
        Follow[] FollowUps()
        {
            followed++;
            return [new Follow(31, false, true), new Follow(182, followed % 2 == 0, followed > 50)];
        }

        foreach (var (months, count) in new[] { (6, 11), (4, 15), (3, 20), (3, 4), (3, 29) })
        {
            for (var i = 0; i < count; i++)
            {
                events.AddRange(Ended(s.Tenant, "training", months, Start(2006 + i % 5), desk, outcome: i % 3 == 0 ? "hired" : "noHire",
                    contractType: i % 3 == 0 ? "fixedTerm" : null, followUps: FollowUps()));
            }
        }

        for (var i = 0; i < 23; i++)
        {
            events.AddRange(Ended(s.Tenant, "observational", 6, Start(2006 + i % 5), desk, followUps: FollowUps()));
        }

        for (var i = 0; i < 21; i++)
        {
            events.AddRange(Ended(s.Tenant, "training", 3, Start(2011 + i % 5), desk, interrupted: i < 3));
        }

        await s.SendAsync(events);

        var first = await s.GetAsync("/placements?mandate=2006-2010");
        first.GetProperty("started").GetInt32().ShouldBe(79 + 23);
        var byKind = ByKind(first);
        byKind[("training", 6)].GetProperty("started").GetInt32().ShouldBe(11);
        byKind[("training", 4)].GetProperty("started").GetInt32().ShouldBe(15);
        byKind[("training", 3)].GetProperty("started").GetInt32().ShouldBe(53);
        byKind[("observational", 6)].GetProperty("started").GetInt32().ShouldBe(23);
        first.GetProperty("followedUp").GetInt32().ShouldBe(102);
        first.GetProperty("leftAssistanceCircuit").GetInt32().ShouldBe(50);
        first.GetProperty("leftAssistanceCircuitShare").GetDecimal().ShouldBe(49.0m);
        first.GetProperty("jobOutcomes").GetInt32().ShouldBe(4 + 5 + 7 + 2 + 10);

        var second = await s.GetAsync("/placements?mandate=2011-2016");
        second.GetProperty("started").GetInt32().ShouldBe(21);
        ByKind(second)[("training", 3)].GetProperty("started").GetInt32().ShouldBe(21);
        second.GetProperty("completed").GetInt32().ShouldBe(18);
        second.GetProperty("interrupted").GetInt32().ShouldBe(3);
        // 18 × 3 × 400 + 3 × 400 paid for 21 placements.
        second.GetProperty("stipendsPaid").GetDecimal().ShouldBe(22_800m);
        second.GetProperty("costPerPlacement").GetDecimal().ShouldBe(1_085.71m);
        // Nobody was followed up: every ended placement is overdue at 31, 92 and 182 days.
        second.GetProperty("followUpsOverdue").GetInt32().ShouldBe(21 * 3);

        var elsewhere = await s.GetAsync("/placements?mandate=2006-2010&district=3");
        elsewhere.GetProperty("started").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Counts_below_the_threshold_are_suppressed_and_money_per_person_with_them()
    {
        var s = new Scenario(fixture);
        var desk = Guid.CreateVersion7();
        await s.SendAsync([
            .. Ended(s.Tenant, "training", 3, new DateOnly(2024, 2, 1), desk, outcome: "hired", contractType: "permanent"),
            .. Ended(s.Tenant, "training", 3, new DateOnly(2024, 3, 1), desk),
            .. Ended(s.Tenant, "course", 4, new DateOnly(2024, 3, 1), desk),
            .. Ended(s.Tenant, "course", 4, new DateOnly(2024, 3, 1), desk),
            .. Ended(s.Tenant, "course", 4, new DateOnly(2024, 4, 1), desk),
        ]);

        var figures = await s.GetAsync("/placements?year=2024");
        figures.GetProperty("suppressBelow").GetInt32().ShouldBe(3);
        figures.GetProperty("started").GetInt32().ShouldBe(5);
        Scenario.Withheld(ByKind(figures)[("training", 3)], "started").ShouldBeTrue();
        ByKind(figures)[("course", 4)].GetProperty("started").GetInt32().ShouldBe(3);
        Scenario.Withheld(figures, "jobOutcomes").ShouldBeTrue();
        Scenario.Withheld(figures, "costPerJobOutcome").ShouldBeTrue();
        figures.GetProperty("costPerPlacement").GetDecimal().ShouldBe(1_440m);

        var csv = await s.GetTextAsync("/placements?year=2024&format=csv");
        csv.ShouldContain("Tirocini avviati,\"training, 3 mesi\",soppresso");
    }

    [Fact]
    public async Task A_running_placement_costs_what_its_recorded_months_are_due_and_a_month_recorded_again_replaces_it()
    {
        var s = new Scenario(fixture);
        var desk = Guid.CreateVersion7();
        var runs = Enumerable.Range(0, 3).Select(_ => Running(s.Tenant, "training", 6, new DateOnly(2025, 1, 1), desk, 400m, 360m)).ToList();
        await s.SendAsync(runs.SelectMany(r => r));
        (await s.GetAsync("/placements?year=2025")).GetProperty("stipendsPaid").GetDecimal().ShouldBe(3 * 760m);

        var again = (Rete.Contracts.Placements.PlacementAttendanceRecorded)runs[0][^1];
        await s.SendAsync([again with { EventId = Guid.CreateVersion7(), Version = again.Version + 1, StipendDue = 400m }]);
        (await s.GetAsync("/placements?year=2025")).GetProperty("stipendsPaid").GetDecimal().ShouldBe(3 * 760m + 40m);
    }

    private static Dictionary<(string, int), JsonElement> ByKind(JsonElement figures) =>
        figures.GetProperty("byKindAndLength").EnumerateArray()
            .ToDictionary(k => (k.GetProperty("kind").GetString()!, k.GetProperty("months").GetInt32()));
}
