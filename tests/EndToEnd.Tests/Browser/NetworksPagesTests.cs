using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>The network tables and their meetings in the web application, on Torino's seeded tables.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class NetworksPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Gol4 = "Rete territoriale GOL Percorso 4 (Lavoro e inclusione) - Torino";

    [Fact]
    public async Task An_admin_records_a_meeting_with_attendance_and_decisions_after_the_form_refused_a_bad_time()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@torino", "/tavoli");
        await BrowserFixture.Heading(page, "Tavoli di rete").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = Gol4, Exact = true }).ClickAsync();
        await BrowserFixture.Heading(page, Gol4).WaitForAsync();
        // The seeded meeting of 29 February 2024, with who was there.
        await page.GetByRole(AriaRole.Heading, new() { Name = "Incontro del 29 febbraio 2024" }).WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Registra un incontro" }).ClickAsync();
        await BrowserFixture.Heading(page, "Registra un incontro").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        var decision = $"Monitoraggio congiunto dei percorsi 4 ({Guid.NewGuid().ToString("N")[..6]})";
        await page.GetByLabel("Data (obbligatorio)").FillAsync("2024-03-28");
        await page.GetByLabel("Ora di inizio").FillAsync("11:00");
        await page.GetByLabel("Ora di fine").FillAsync("10:00");
        await page.GetByLabel("Luogo").FillAsync("Via Braccini 2, Torino");
        await page.GetByLabel("Ordine del giorno").FillAsync("Aggiornamento sui percorsi\nCalendario dei prossimi incontri");
        await page.GetByLabel("Altro ente presente 1: nome").FillAsync("Parrocchia di prova");
        await page.GetByLabel("Altro ente presente 1: persone").FillAsync("2");
        await page.GetByLabel("Decisioni").FillAsync(decision);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'incontro" }).ClickAsync();

        // Registry's own message, beside the field; what was typed is still there.
        (await page.Locator("#endTime-errore").TextContentAsync()).ShouldBe("L'incontro deve finire dopo l'inizio.");
        (await page.GetByLabel("Decisioni").InputValueAsync()).ShouldBe(decision);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByLabel("Ora di fine").FillAsync("12:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'incontro" }).ClickAsync();
        await page.GetByText("Incontro registrato.").WaitForAsync();
        var recorded = page.Locator("section", new() { HasText = "Incontro del 28 marzo 2024" });
        await recorded.GetByText(decision).WaitForAsync();
        await recorded.GetByText("Parrocchia di prova: 2").WaitForAsync();
        await recorded.GetByText("Presenti: 2 persone di 1 organizzazione.").WaitForAsync();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_auditor_reads_the_tables_and_is_offered_no_meeting_to_record_and_another_tenant_sees_none_of_them()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "auditor@torino", "/tavoli");
        await page.GetByRole(AriaRole.Link, new() { Name = Gol4, Exact = true }).ClickAsync();
        await BrowserFixture.Heading(page, Gol4).WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Registra un incontro" }).CountAsync()).ShouldBe(0);
        var table = new Uri(page.Url).AbsolutePath;

        var (other, otherErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(other, "operator@trecate", "/tavoli");
        await BrowserFixture.Heading(other, "Tavoli di rete").WaitForAsync();
        (await other.GetByRole(AriaRole.Link, new() { Name = Gol4 }).CountAsync()).ShouldBe(0);
        await other.GotoAsync(table);
        await other.Locator("#errore-api").WaitForAsync();
        (await other.GetByText("Via Braccini").CountAsync()).ShouldBe(0);
        errors.ShouldBeEmpty();
        otherErrors.ShouldBeEmpty();
    }
}
