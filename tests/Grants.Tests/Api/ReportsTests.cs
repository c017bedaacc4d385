using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

[Collection(GrantsCollection.Name)]
public class ReportsTests(GrantsFixture fixture)
{
    [Fact]
    public async Task Totals_by_year_source_and_beneficiary_count_decided_grants_with_their_spending()
    {
        var s = new Scenario(fixture);
        var line2013 = await s.LineAsync(30_000m, year: 2013);
        var line2014 = await s.LineAsync(20_000m, source: "region", year: 2014);
        var marconi = await s.OrganisationAsync("Associazione Progetto Marconi", taxCode: "97123450017");
        var femminile = await s.OrganisationAsync("Associazione Un Progetto al Femminile");
        var a = await s.ApprovedAsync(marconi, line2013, 10_000m, totalProjectCost: 25_000m, yearFrom: 2013);
        await s.ApprovedAsync(femminile, line2013, 6_000m, yearFrom: 2013);
        await s.RecordAsync(femminile, line2013, 9_000m, yearFrom: 2013); // a draft is not a decision: left out
        var revoked = await s.ApprovedAsync(femminile, line2014, 5_000m, totalProjectCost: 8_000m, yearFrom: 2014);
        await s.Operator.PostJsonAsync($"{Scenario.Grants}/{revoked}/disbursements", new { amount = 1_250.25m });
        await s.Operator.PostJsonAsync($"{Scenario.Grants}/{revoked}/revoke", new { reason = "rinuncia" });
        await s.Operator.PostJsonAsync($"{Scenario.Grants}/{a}/disbursements", new { amount = 4_000m });

        var years = await JsonAsync(s.Admin, "by-year");
        var y2013 = years.EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2013);
        y2013.GetProperty("grants").GetInt32().ShouldBe(2);
        y2013.GetProperty("awarded").GetDecimal().ShouldBe(16_000m);
        y2013.GetProperty("disbursed").GetDecimal().ShouldBe(4_000m);
        y2013.GetProperty("totalProjectCost").GetDecimal().ShouldBe(25_000m);
        y2013.GetProperty("spending").GetDecimal().ShouldBe(31_000m);
        y2013.GetProperty("budgeted").GetDecimal().ShouldBe(30_000m);
        y2013.GetProperty("available").GetDecimal().ShouldBe(14_000m);
        var y2014 = years.EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2014);
        y2014.GetProperty("spending").GetDecimal().ShouldBe(1_250.25m); // a revoked grant counts what was paid
        y2014.GetProperty("totalProjectCost").GetDecimal().ShouldBe(0m);

        var sources = await JsonAsync(s.Admin, "by-source");
        sources.EnumerateArray().Single(r => r.GetProperty("source").GetString() == "region").GetProperty("awarded").GetDecimal().ShouldBe(1_250.25m);
        sources.EnumerateArray().Single(r => r.GetProperty("source").GetString() == "municipalFunds").GetProperty("grants").GetInt32().ShouldBe(2);

        var beneficiaries = await JsonAsync(s.Admin, "by-beneficiary");
        var first = beneficiaries[0];
        first.GetProperty("beneficiary").GetString().ShouldBe("Associazione Progetto Marconi");
        first.GetProperty("taxCode").GetString().ShouldBe("97123450017");
        first.GetProperty("awarded").GetDecimal().ShouldBe(10_000m);
        beneficiaries.GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_mandate_counts_each_grant_in_the_mandate_of_its_first_year_with_the_stipends_of_those_years()
    {
        var s = new Scenario(fixture);
        var beneficiary = await s.OrganisationAsync();
        await s.ApprovedAsync(beneficiary, await s.LineAsync(9_400m, year: 2010), 9_400m, totalProjectCost: 50_150m, yearFrom: 2010);
        await s.ApprovedAsync(beneficiary, await s.LineAsync(3_200m, year: 2011), 3_200m, yearFrom: 2011);
        var stipends = await s.LineAsync(2_400m, "stipends", "cityLabourDivision", year: 2007);
        await s.Operator.PostJsonAsync(Scenario.Reservations, new { budgetLineId = stipends, months = 6, monthlyAmount = 400m });

        var mandate = await JsonAsync(s.Admin, "mandate?from=2006&to=2010");

        var totals = mandate.GetProperty("totals");
        totals.GetProperty("period").GetString().ShouldBe("2006-2010");
        totals.GetProperty("grants").GetInt32().ShouldBe(1);
        totals.GetProperty("spending").GetDecimal().ShouldBe(50_150m);
        totals.GetProperty("stipendsReserved").GetDecimal().ShouldBe(2_400m);
        totals.GetProperty("total").GetDecimal().ShouldBe(52_550m);
        mandate.GetProperty("rule").GetString()!.ShouldContain("spesa complessiva");
        await (await s.Admin.GetAsync($"{Scenario.Reports}/mandate?from=2006")).ShouldBeInvalidAsync("to");
        await (await s.Admin.GetAsync($"{Scenario.Reports}/mandate?from=2010&to=2006")).ShouldBeInvalidAsync("to");
    }

    [Fact]
    public async Task Reports_answer_csv_on_request_with_amounts_to_the_cent()
    {
        var s = new Scenario(fixture);
        await s.ApprovedAsync(await s.OrganisationAsync("Coop. \"Esserci\", Torino"), await s.LineAsync(5_000m, year: 2015), 4_989m, yearFrom: 2015);

        var byQuery = await s.Admin.GetAsync($"{Scenario.Reports}/by-beneficiary?format=csv");
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Scenario.Reports}/by-year");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var byAccept = await s.Admin.SendAsync(request);

        byQuery.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await byQuery.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Beneficiario (id),Beneficiario,Codice fiscale o partita IVA,Contributi,Assegnato (€),Erogato (€),Costo totale dei progetti (€),Spesa (€)");
        lines[1].ShouldEndWith(",\"Coop. \"\"Esserci\"\", Torino\",,1,4989.00,0.00,0.00,4989.00");
        byAccept.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await byAccept.Content.ReadAsStringAsync()).ShouldContain("2015,1,4989.00,0.00,0.00,4989.00,5000.00,0.00,11.00");
        await (await s.Admin.GetAsync($"{Scenario.Reports}/by-year?format=xml")).ShouldBeInvalidAsync("format");
    }

    [Fact]
    public async Task The_transparency_export_lists_beneficiaries_over_a_thousand_euro_a_year_and_never_a_stipend()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(20_000m, year: 2015);
        var over = await s.OrganisationAsync("A.S.D. Centro Europa 01", taxCode: "97654320018");
        var exactly = await s.OrganisationAsync("Gi.O.C.");
        await s.ApprovedAsync(over, line, 600m);
        await s.ApprovedAsync(over, line, 400.01m);
        await s.ApprovedAsync(exactly, line, 1_000m);
        var stipends = await s.LineAsync(4_800m, "stipends", year: 2016);
        await s.Operator.PostJsonAsync(Scenario.Reservations, new { budgetLineId = stipends, months = 6, monthlyAmount = 800m });

        var export = await JsonAsync(s.Admin, "transparency");

        export.GetProperty("note").GetString()!.ShouldContain("borse lavoro");
        var items = export.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        items.ShouldAllBe(i => i.GetProperty("beneficiary").GetString() == "A.S.D. Centro Europa 01");
        items.Sum(i => i.GetProperty("amount").GetDecimal()).ShouldBe(1_000.01m);
        items[0].GetProperty("taxCode").GetString().ShouldBe("97654320018");
        items[0].GetProperty("legalBasis").GetString()!.ShouldStartWith("Regolamento");
        items[0].GetProperty("selectionMethod").GetString().ShouldBe("Avviso pubblico");
        items[0].GetProperty("office").GetString().ShouldBe("Circoscrizione 2");
        items[0].GetProperty("resolutionNumber").GetString().ShouldBe("2015 04512/084");

        var csv = await (await s.Admin.GetAsync($"{Scenario.Reports}/transparency?format=csv&year=2015")).Content.ReadAsStringAsync();
        csv.TrimStart('\uFEFF').ShouldStartWith("# Pubblicazione ai sensi degli artt. 26-27");
        csv.ShouldContain("Anno,Beneficiario,Codice fiscale o partita IVA,Oggetto,Importo (€),Norma o titolo a base dell'attribuzione,Ufficio responsabile," +
            "Modalità di individuazione del beneficiario,Numero della delibera,Data della delibera,Stato,Contributo (id)");
        csv.ShouldNotContain("Gi.O.C.");
    }

    [Fact]
    public async Task A_partner_sees_reports_of_its_own_grants_only_and_no_budget_figures()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(20_000m, year: 2014);
        var own = await s.OrganisationAsync("Associazione Progetto Marconi");
        await s.ApprovedAsync(own, line, 3_000m, yearFrom: 2014);
        await s.ApprovedAsync(await s.OrganisationAsync("Altra"), line, 5_000m, yearFrom: 2014);
        var partner = fixture.Factory.WithToken(Tokens.Create(s.Tenant, ["partner"], organisation: own));

        var years = await JsonAsync(partner, "by-year");

        years.GetArrayLength().ShouldBe(1);
        years[0].GetProperty("awarded").GetDecimal().ShouldBe(3_000m);
        years[0].TryGetProperty("budgeted", out _).ShouldBeFalse();
        (await JsonAsync(partner, "by-beneficiary")).GetArrayLength().ShouldBe(1);
        (await fixture.Factory.ClientFor(s.Tenant, "ops").GetAsync($"{Scenario.Reports}/by-year")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string report)
    {
        var response = await client.GetAsync($"{Scenario.Reports}/{report}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
