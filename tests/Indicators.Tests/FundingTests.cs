using System.Text.Json;
using Rete.Contracts.Grants;

namespace Rete.Indicators.Tests;

/// <summary>The District 2 chronology's money, computed from the events Registry and Grants publish for the seeds.</summary>
[Collection(IndicatorsCollection.Name)]
public class FundingTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task The_mandate_totals_of_the_district_2_chronology_come_out_of_the_events()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(SeedEvents.Torino(s.Tenant));

        var first = (await s.GetAsync("/funding?mandate=2006-2010")).GetProperty("totals");
        first.GetProperty("grants").GetInt32().ShouldBe(5);
        first.GetProperty("awarded").GetDecimal().ShouldBe(53_300.00m);
        first.GetProperty("totalProjectCost").GetDecimal().ShouldBe(236_066.00m);
        first.GetProperty("spending").GetDecimal().ShouldBe(245_466.00m);
        first.GetProperty("total").GetDecimal().ShouldBe(245_466.00m);
        var second = (await s.GetAsync("/funding?mandate=2011-2016")).GetProperty("totals");
        second.GetProperty("grants").GetInt32().ShouldBe(10);
        second.GetProperty("awarded").GetDecimal().ShouldBe(89_414.00m);
        second.GetProperty("spending").GetDecimal().ShouldBe(89_414.00m);

        var years = (await s.GetAsync("/funding")).GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("key").GetString()!);
        years["2003"].GetProperty("awarded").GetDecimal().ShouldBe(6_000.00m);
        years["2003"].GetProperty("stipendsReserved").GetDecimal().ShouldBe(35_280.00m);
        years["2003"].GetProperty("total").GetDecimal().ShouldBe(41_280.00m);
        years["2004"].GetProperty("totalProjectCost").GetDecimal().ShouldBe(50_800.00m);
        years["2015"].GetProperty("awarded").GetDecimal().ShouldBe(30_989.00m);
        years["2015"].GetProperty("available").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task Money_is_given_by_funding_source_and_by_district_without_budgets()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(SeedEvents.Torino(s.Tenant));

        var sources = (await s.GetAsync("/funding?year=2004")).GetProperty("sources").EnumerateArray().ToList();
        sources.Single().GetProperty("key").GetString().ShouldBe("participatoryBudgeting");
        sources.Single().GetProperty("awarded").GetDecimal().ShouldBe(8_000.00m);
        sources.Single().GetProperty("budgeted").GetDecimal().ShouldBe(8_000.00m);

        // Of the mandate's five grants, four went to the Ufficio Progetto Lavoro of District 2 (district "2"); the
        // association of 2007 is registered without a district.
        var district = (await s.GetAsync("/funding?mandate=2006-2010&district=2")).GetProperty("totals");
        district.GetProperty("grants").GetInt32().ShouldBe(4);
        district.GetProperty("awarded").GetDecimal().ShouldBe(43_900.00m);
        Scenario.Withheld(district, "budgeted").ShouldBeTrue();
        var elsewhere = (await s.GetAsync("/funding?mandate=2006-2010&district=7")).GetProperty("totals");
        elsewhere.GetProperty("grants").GetInt32().ShouldBe(0);
        elsewhere.GetProperty("awarded").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task The_csv_has_italian_headers_and_the_mandate_figures()
    {
        var s = new Scenario(fixture);
        await s.SendAsync(SeedEvents.Torino(s.Tenant));

        var csv = await s.GetTextAsync("/funding?mandate=2006-2010&format=csv");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldBe("# Periodo: 2006-2010; area: tutto il consorzio");
        lines[1].ShouldBe("Indicatore,Dettaglio,Valore");
        lines.ShouldContain("Spesa del mandato (EUR),totale,245466.00");
        lines.ShouldContain("Contributi deliberati,anno 2008,1");
    }

    [Fact]
    public async Task Disbursements_revocations_and_released_stipends_move_the_figures()
    {
        var s = new Scenario(fixture);
        var seed = SeedEvents.Torino(s.Tenant);
        await s.SendAsync(seed);
        var grant = seed.OfType<GrantApproved>().First(g => g.Awarded == 6_000m);
        var reservation = seed.OfType<StipendsReserved>().Single();
        await s.SendAsync([
            new GrantDisbursed(Guid.CreateVersion7(), s.Tenant, Scenario.Now, grant.GrantId, 3, Guid.CreateVersion7(), 2_500m, new DateOnly(2004, 3, 1), 2_500m, "disbursing"),
            new StipendReservationReleased(Guid.CreateVersion7(), s.Tenant, Scenario.Now, reservation.ReservationId, 2, null, reservation.BudgetLineId,
                5_280m, 30_000m, "fine anticipata"),
        ]);

        var year = (await s.GetAsync("/funding?year=2003")).GetProperty("totals");
        year.GetProperty("disbursed").GetDecimal().ShouldBe(2_500m);
        year.GetProperty("stipendsReserved").GetDecimal().ShouldBe(30_000m);
        year.GetProperty("available").GetDecimal().ShouldBe(5_280m);

        await s.SendAsync([new GrantRevoked(Guid.CreateVersion7(), s.Tenant, Scenario.Now, grant.GrantId, 4, 3_500m, 2_500m, "progetto non avviato")]);
        year = (await s.GetAsync("/funding?year=2003")).GetProperty("totals");
        year.GetProperty("awarded").GetDecimal().ShouldBe(2_500m);
        year.GetProperty("spending").GetDecimal().ShouldBe(2_500m);
        year.GetProperty("available").GetDecimal().ShouldBe(8_780m);
    }
}
