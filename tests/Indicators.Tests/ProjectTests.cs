using Rete.Contracts;
using Rete.Contracts.Placements;
using Rete.Contracts.Registry;

namespace Rete.Indicators.Tests;

/// <summary>Trecate, November 2022 - October 2023: "534 progetti, 207 conclusi, 327 in corso".</summary>
[Collection(IndicatorsCollection.Name)]
public class ProjectTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task Trecates_534_projects_207_concluded_and_327_ongoing()
    {
        var s = new Scenario(fixture);
        var desk = Guid.CreateVersion7();
        var events = new List<IIntegrationEvent>
        {
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, desk, 1, "Sportello Lavoro di Trecate", "jobDesk", null,
                "003149", null, "active", null),
        };
        var from = new DateOnly(2022, 11, 1);
        for (var i = 0; i < 534; i++)
        {
            var id = Guid.CreateVersion7();
            var person = Guid.CreateVersion7();
            // 40 projects were already open on 1 November 2022; the rest opened during the year.
            var opened = i < 40 ? new DateOnly(2022, 6, 1) : from.AddDays(i % 330);
            var measure = i % 4 == 0 ? "orientation" : "golServices";
            events.Add(new ProjectOpened(Guid.CreateVersion7(), s.Tenant, Scenario.Now, id, 1, person, "gol", measure, desk, opened));
            if (i >= 40 && i < 40 + 207)
            {
                events.Add(new ProjectConcluded(Guid.CreateVersion7(), s.Tenant, Scenario.Now, id, 2, person, "gol", measure, opened.AddDays(20)));
            }
        }

        // Outside the period: concluded before it, opened after it.
        events.Add(new ProjectOpened(Guid.CreateVersion7(), s.Tenant, Scenario.Now, Guid.CreateVersion7(), 1, Guid.CreateVersion7(), "gol", "jobSearch",
            desk, new DateOnly(2023, 11, 2)));
        await s.SendAsync(events);

        var figures = await s.GetAsync("/projects?from=2022-11-01&to=2023-10-31");
        figures.GetProperty("projects").GetInt32().ShouldBe(534);
        figures.GetProperty("concluded").GetInt32().ShouldBe(207);
        figures.GetProperty("ongoing").GetInt32().ShouldBe(327);
        figures.GetProperty("opened").GetInt32().ShouldBe(494);

        var trecate = await s.GetAsync("/projects?from=2022-11-01&to=2023-10-31&municipality=003149");
        trecate.GetProperty("projects").GetInt32().ShouldBe(534);
        var cerano = await s.GetAsync("/projects?from=2022-11-01&to=2023-10-31&municipality=003036");
        cerano.GetProperty("projects").GetInt32().ShouldBe(0);
    }
}
