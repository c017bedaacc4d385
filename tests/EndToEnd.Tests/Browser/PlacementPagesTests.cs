using System.Net;
using Microsoft.Playwright;
using Rete.Testing;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>Placements in the browser: proposal and its funding by Grants, start, attendance and stipends, completion, follow-up, outcome.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class PlacementPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Promoter = "Città di Rivoli";
    private const string Host = "Zona Ovest di Torino srl";

    [Fact]
    public async Task An_operator_runs_a_funded_placement_to_its_follow_up_and_sees_a_refused_one_with_grants_reason()
    {
        var (funded, scarce) = await StipendLinesAsync();
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@zona-ovest", "/tirocini");
        await BrowserFixture.Heading(page, "Tirocini").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        var file = await TestPeople.RegisterAsync(page, TestPeople.Surname(), TestPeople.TaxCode());
        await TestPeople.GiveConsentAsync(page, file, "placement", Host);

        // An amount the form cannot read is said beside its field, before anything is sent.
        await page.GotoAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = "Proponi un tirocinio" }).ClickAsync();
        await BrowserFixture.Heading(page, "Proponi un tirocinio").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await FillProposalAsync(page, funded, "quattrocento");
        (await page.Locator("#monthlyStipend-errore").TextContentAsync()).ShouldBe("Scrivere un numero, per esempio 400,00.");
        (await page.GetByLabel("Tutor dell'ospitante (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe("Anna Tutor");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Borsa mensile (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync("400,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proponi il tirocinio" }).ClickAsync();
        await page.GetByText("Tirocinio proposto").First.WaitForAsync();
        var placement = new Uri(page.Url).AbsolutePath;
        await StatusAsync(page, placement, "Finanziato");
        (await Detail(page, "Importo prenotato")).ShouldBe("1.200,00 €");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        (await Actions(page)).ShouldBe(new[] { "Avvia il tirocinio", "Annulla il tirocinio" });

        await StepAsync(page, "Avvia il tirocinio", ("Data di avvio", "2026-01-05"));
        (await Actions(page)).ShouldBe(new[] { "Registra le presenze di un mese", "Concludi il tirocinio", "Interrompi il tirocinio" });
        // 400,00 € × 13/21 = 247,62 € (to the cent); more days attended than scheduled is refused beside the field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra le presenze di un mese" }).ClickAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await FillAttendanceAsync(page, 1, 21, 22);
        (await page.Locator("#daysAttended-errore").TextContentAsync()).ShouldBe("I giorni di presenza vanno da 0 ai giorni previsti.");
        await FillAttendanceAsync(page, 1, 21, 13);
        await page.GetByText("Fatto.").WaitForAsync();
        foreach (var month in new[] { 2, 3 })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Registra le presenze di un mese" }).ClickAsync();
            await FillAttendanceAsync(page, month, 20, 20);
            await page.GetByText("Fatto.").WaitForAsync();
        }

        var attendance = page.Locator("table[aria-labelledby=presenze]");
        (await attendance.Locator("tbody tr").First.TextContentAsync() ?? "").ShouldContain("247,62 €");
        (await attendance.Locator("tfoot").TextContentAsync() ?? "").ShouldContain("1.047,62 €");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await StepAsync(page, "Concludi il tirocinio", ("Data di fine", "2026-04-04"));
        (await page.Locator("#stato-tirocinio").TextContentAsync()).ShouldBe("Concluso");
        (await Detail(page, "Importo pagato")).ShouldBe("1.047,62 €");
        (await Detail(page, "Restituito alla voce di bilancio")).ShouldBe("152,38 €");
        (await page.Locator("table[aria-labelledby=controlli] tbody tr").CountAsync()).ShouldBe(3);

        // The follow-ups are due (the end was months ago): the list shows them, one is recorded.
        await page.GotoAsync("/tirocini/controlli");
        await BrowserFixture.Heading(page, "Controlli successivi da fare").WaitForAsync();
        var placementId = placement.Split('/').Last();
        (await page.Locator($"a[href='/tirocini/{placementId}/controllo-31']").CountAsync()).ShouldBe(1);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.Locator($"a[href='/tirocini/{placementId}/controllo-31']").ClickAsync();
        await BrowserFixture.Heading(page, "Registra il controllo a 31 giorni").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("La persona lavora? (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("false");
        await page.GetByLabel("È ancora nel circuito assistenziale? (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il controllo a 31 giorni" }).ClickAsync();
        await page.GetByText("Fatto.").WaitForAsync();
        (await page.Locator("table[aria-labelledby=controlli] tbody tr").First.TextContentAsync() ?? "").ShouldContain(PeopleToday());
        (await page.GetByRole(AriaRole.Link, new() { Name = "Registra il controllo a 31 giorni" }).CountAsync()).ShouldBe(0);

        await StepAsync(page, "Registra l'esito", ("Esito", "noHire"));
        (await Detail(page, "Esito")).ShouldBe("Nessuna assunzione");
        (await Actions(page)).ShouldBeEmpty();

        // A line that cannot hold the stipends: Grants refuses, its reason is shown, asking again and cancelling are offered.
        await page.GotoAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = "Proponi un tirocinio" }).ClickAsync();
        await FillProposalAsync(page, scarce, "400,00");
        await page.GetByText("Tirocinio proposto").First.WaitForAsync();
        var refused = new Uri(page.Url).AbsolutePath;
        var status = await StatusAsync(page, refused, "Finanziamento rifiutato: ");
        status.Length.ShouldBeGreaterThan("Finanziamento rifiutato: ".Length);
        (await Actions(page)).ShouldBe(new[] { "Chiedi di nuovo il finanziamento", "Annulla il tirocinio" });
        await StepAsync(page, "Annulla il tirocinio", ("Motivo", "La persona ha trovato lavoro."));
        (await page.Locator("#stato-tirocinio").TextContentAsync()).ShouldBe("Annullato");
        (await Actions(page)).ShouldBeEmpty();

        // The person's file lists both; an auditor is offered no step; another consortium does not see it.
        await page.GotoAsync(file);
        (await page.Locator($"a[href='{placement}']").CountAsync()).ShouldBe(1);
        (await page.Locator($"a[href='{refused}']").CountAsync()).ShouldBe(1);
        errors.ShouldBeEmpty();

        var (auditor, auditorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, "auditor@zona-ovest", placement);
        (await auditor.Locator("#stato-tirocinio").TextContentAsync()).ShouldBe("Concluso");
        (await Actions(auditor)).ShouldBeEmpty();
        await auditor.GotoAsync(placement + "/presenze");
        await auditor.GetByText("Questo passaggio non è possibile per il tirocinio, o non spetta a te.").WaitForAsync();
        await auditor.GotoAsync("/tirocini/controlli");
        await auditor.GetByText("I controlli successivi li registrano gli operatori della rete.").WaitForAsync();
        auditorErrors.ShouldBeEmpty();

        var (stranger, strangerErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(stranger, "operator@trecate", placement);
        (await stranger.Locator("#errore-api p").TextContentAsync()).ShouldBe("Tirocinio non trovato.");
        strangerErrors.ShouldBeEmpty();
    }

    /// <summary>A budget of zona-ovest with a stipend line that holds a placement and one that cannot (set up through Grants' API).</summary>
    private static async Task<(Guid Funded, Guid Scarce)> StipendLinesAsync()
    {
        using var admin = Gateway.As("zona-ovest", "consortium-admin");
        var response = await admin.PostJsonAsync("/api/grants/budgets", new
        {
            year = Random.Shared.Next(2040, 2100),
            source = "municipalFunds",
            lines = new[]
            {
                new { kind = "stipends", name = "Borse lavoro di prova", amount = 5_000.00m },
                new { kind = "stipends", name = "Borse quasi esaurite", amount = 100.00m },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var lines = (await response.ReadJsonAsync()).GetProperty("lines");
        return (lines[0].GetProperty("id").GetGuid(), lines[1].GetProperty("id").GetGuid());
    }

    private static async Task FillProposalAsync(IPage page, Guid line, string stipend)
    {
        await page.GetByLabel("Tipo (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("training");
        await page.GetByLabel("Durata (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("3");
        await page.GetByLabel("Promotore (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Promoter });
        await page.GetByLabel("Ospitante (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Host });
        await page.GetByLabel("Voce di bilancio delle borse (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(line.ToString());
        await page.GetByLabel("Borsa mensile (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync(stipend);
        await page.GetByLabel("Ore settimanali (obbligatorio)", TestPeople.ExactLabel).FillAsync("20");
        await page.GetByLabel("Tutor dell'ospitante (obbligatorio)", TestPeople.ExactLabel).FillAsync("Anna Tutor");
        await page.GetByLabel("Inizio previsto (obbligatorio)", TestPeople.ExactLabel).FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Proponi il tirocinio" }).ClickAsync();
    }

    private static async Task FillAttendanceAsync(IPage page, int month, int scheduled, int attended)
    {
        await page.GetByLabel("Mese del tirocinio (obbligatorio)", TestPeople.ExactLabel).FillAsync(month.ToString());
        await page.GetByLabel("Giorni previsti (obbligatorio)", TestPeople.ExactLabel).FillAsync(scheduled.ToString());
        await page.GetByLabel("Giorni di presenza (obbligatorio)", TestPeople.ExactLabel).FillAsync(attended.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra le presenze di un mese" }).ClickAsync();
    }

    /// <summary>Grants answers over the bus: the page is reloaded until the placement's status starts as expected.</summary>
    private static async Task<string> StatusAsync(IPage page, string placement, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await page.GotoAsync(placement);
            var status = await page.Locator("#stato-tirocinio").TextContentAsync() ?? "";
            if (status.StartsWith(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                status.ShouldStartWith(expected);
                return status;
            }

            await Task.Delay(1000);
        }
    }

    private static async Task StepAsync(IPage page, string step, (string Label, string Value) field)
    {
        await page.Locator("#azioni").GetByRole(AriaRole.Link, new() { Name = step }).ClickAsync();
        await BrowserFixture.Heading(page, step).WaitForAsync();
        var input = page.GetByLabel(field.Label, new() { Exact = false }).First;
        if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await input.SelectOptionAsync(field.Value);
        }
        else
        {
            await input.FillAsync(field.Value);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = step }).ClickAsync();
        await page.GetByText("Fatto.").WaitForAsync();
    }

    private static async Task<string[]> Actions(IPage page) =>
        [.. (await page.Locator("#azioni a").AllTextContentsAsync()).Select(a => a.Trim())];

    private static async Task<string?> Detail(IPage page, string label) =>
        await page.Locator($"#tirocinio dt:text-is(\"{label}\") + dd").TextContentAsync();

    private static string PeopleToday() => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome")).ToString("dd/MM/yyyy");
}
