using System.Text.Json;
using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>The person's file beyond consents: GOL assignments, residence, the candidate bank and the copy of the data (art. 15).</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class PersonFilePagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Cpi = "Centro per l'Impiego di Novara";
    private const string Accredited = "Convenzione Sportelli per il Lavoro";
    private const string NotAccredited = "Sportello Lavoro di Trecate";

    [Fact]
    public async Task A_cpi_operator_assigns_a_gol_pathway_moves_the_residence_enters_and_leaves_the_bank_and_downloads_the_copy()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cpi-operator@trecate", "/persone");
        var taxCode = TestPeople.TaxCode();
        var file = await TestPeople.RegisterAsync(page, TestPeople.Surname(), taxCode);
        await page.GetByText("Nessuna assegnazione GOL.").WaitForAsync();

        // An operator without a Servizi al Lavoro accreditation is refused beside its field; an accredited one is assigned.
        await page.GetByRole(AriaRole.Link, new() { Name = "Assegna a un percorso GOL" }).ClickAsync();
        await BrowserFixture.Heading(page, "Assegna a un percorso GOL").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Centro per l'impiego (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Cpi });
        await page.GetByLabel("Operatore accreditato (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = NotAccredited });
        await page.GetByLabel("Percorso (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assegna", Exact = true }).ClickAsync();
        (await page.Locator("#operatorOrganisationId-errore").TextContentAsync() ?? "")
            .ShouldStartWith("L'operatore non ha un accreditamento per i Servizi al Lavoro in vigore");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Operatore accreditato (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Accredited });
        await page.GetByRole(AriaRole.Button, new() { Name = "Assegna", Exact = true }).ClickAsync();
        await page.GetByText("Assegnazione GOL registrata.").WaitForAsync();
        var assignments = await page.Locator("table[aria-labelledby=assegnazioni-gol] tbody").TextContentAsync() ?? "";
        assignments.ShouldContain("Percorso 2 - aggiornamento (upskilling)");
        assignments.ShouldContain(Accredited);
        assignments.ShouldContain("In corso");

        // Closing it: a date before the assignment is refused beside the date, then it closes with its outcome.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi l'assegnazione: Percorso 2 - aggiornamento (upskilling)" }).ClickAsync();
        await BrowserFixture.Heading(page, "Chiudi l'assegnazione GOL").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Esito (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = "Occupata" });
        await page.GetByLabel("Data della chiusura", TestPeople.ExactLabel).FillAsync(DateTime.Today.AddDays(-3).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi l'assegnazione" }).ClickAsync();
        (await page.Locator("#closedOn-errore").TextContentAsync()).ShouldBe("La chiusura non può precedere l'assegnazione.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Data della chiusura", TestPeople.ExactLabel).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi l'assegnazione" }).ClickAsync();
        await page.GetByText("Assegnazione GOL chiusa.").WaitForAsync();
        (await page.Locator("table[aria-labelledby=assegnazioni-gol] tbody").TextContentAsync() ?? "").ShouldContain(": Occupata");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi l'assegnazione: Percorso 2 - aggiornamento (upskilling)" }).CountAsync()).ShouldBe(0);

        // The residence: a code that is not six digits is refused beside it, then the move is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cambia la residenza" }).ClickAsync();
        var municipality = page.GetByLabel("Comune di residenza (codice ISTAT) (obbligatorio)", TestPeople.ExactLabel);
        (await municipality.InputValueAsync()).ShouldBe("003149");
        await municipality.FillAsync("3049");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la residenza" }).ClickAsync();
        (await page.Locator("#municipalityIstat-errore").TextContentAsync()).ShouldBe("Il codice ISTAT del comune ha 6 cifre.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await municipality.FillAsync("003049");
        await page.GetByLabel("Circoscrizione", TestPeople.ExactLabel).FillAsync("Centro");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la residenza" }).ClickAsync();
        await page.GetByText("Residenza aggiornata.").WaitForAsync();
        (await Detail(page, "Comune di residenza (ISTAT)")).ShouldBe("003049");
        (await Detail(page, "Circoscrizione")).ShouldBe("Centro");

        // The candidate bank wants its own consent; without it Referrals refuses and nothing is entered.
        await page.GetByRole(AriaRole.Link, new() { Name = "Banca dei candidati" }).ClickAsync();
        await BrowserFixture.Heading(page, "Banca dei candidati").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await FillProfileAsync(page, "30");
        (await page.Locator("#errore-api p").TextContentAsync()).ShouldBe("La persona non ha un consenso in vigore per la banca dei candidati.");
        await TestPeople.GiveConsentAsync(page, file, "candidateBank");
        await page.GotoAsync(file + "/banca-candidati");
        await FillProfileAsync(page, "60");
        (await page.Locator("#hoursPerWeek-errore").TextContentAsync()).ShouldBe("Le ore settimanali vanno da 1 a 48.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        // Out of the bank the page offers entering only; in it, the profile held, an update and the removal.
        (await page.GetByRole(AriaRole.Button, new() { Name = "Togli dalla banca dei candidati" }).CountAsync()).ShouldBe(0);
        await FillProfileAsync(page, "30");
        await page.GetByText("Profilo registrato nella banca dei candidati.").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Banca dei candidati" }).ClickAsync();
        await page.Locator("#profilo-attuale").WaitForAsync();
        (await Detail(page, "Ore a settimana")).ShouldBe("30");
        (await Detail(page, "Competenze")).ShouldBe("magazzino, patente b");
        (await page.GetByLabel("Ore disponibili a settimana (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe("30");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Ore disponibili a settimana (obbligatorio)", TestPeople.ExactLabel).FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aggiorna il profilo" }).ClickAsync();
        await page.GetByText("Profilo registrato nella banca dei candidati.").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Banca dei candidati" }).ClickAsync();
        await page.Locator("#profilo-attuale").WaitForAsync();
        (await Detail(page, "Ore a settimana")).ShouldBe("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Togli dalla banca dei candidati" }).ClickAsync();
        await page.GetByText("La persona non è più nella banca dei candidati.").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Banca dei candidati" }).ClickAsync();
        await page.Locator("#fuori-banca").WaitForAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Togli dalla banca dei candidati" }).CountAsync()).ShouldBe(0);
        await page.GotoAsync(file);

        // The copy of the data: everything held, the assignment included, and the export recorded in the access log.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Scarica la copia dei dati (art. 15)" }).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("copia-dei-dati-");
        using var copy = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        copy.RootElement.GetProperty("person").GetProperty("taxCode").GetString().ShouldBe(taxCode);
        copy.RootElement.GetProperty("person").GetProperty("municipalityIstat").GetString().ShouldBe("003049");
        copy.RootElement.GetProperty("golAssignments").GetArrayLength().ShouldBe(1);
        copy.RootElement.GetProperty("consents").GetArrayLength().ShouldBe(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Chi ha letto la scheda" }).ClickAsync();
        // The link is followed by enhanced navigation: wait for the log's page, or "tbody" is still the file's tables.
        await BrowserFixture.Heading(page, "Chi ha letto la scheda").WaitForAsync();
        var log = await page.Locator("tbody").TextContentAsync() ?? "";
        log.ShouldContain("Copia dei dati (art. 15)");
        log.ShouldContain("Residenza");
        log.ShouldContain("Profilo nella banca dei candidati");
        errors.ShouldBeEmpty();

        // An auditor reads the file and is offered none of these; an operator may change it but assigns no GOL pathway.
        var (auditor, auditorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, "auditor@trecate", file);
        await auditor.Locator("#avviso-accesso").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(auditor)).ShouldBeEmpty();
        foreach (var action in new[] { "Cambia la residenza", "Banca dei candidati", "Assegna a un percorso GOL", "Scarica la copia dei dati (art. 15)" })
        {
            (await auditor.GetByRole(AriaRole.Link, new() { Name = action }).CountAsync()).ShouldBe(0);
        }

        await auditor.GotoAsync(file + "/residenza");
        await auditor.GetByText("Il tuo ruolo non permette di cambiare la residenza.").WaitForAsync();
        auditorErrors.ShouldBeEmpty();
        var (operatorPage, operatorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(operatorPage, "operator@trecate", file);
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Cambia la residenza" }).WaitForAsync();
        (await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Assegna a un percorso GOL" }).CountAsync()).ShouldBe(0);
        operatorErrors.ShouldBeEmpty();
    }

    private static async Task FillProfileAsync(IPage page, string hours)
    {
        await page.GetByLabel("Competenze", TestPeople.ExactLabel).FillAsync("Magazzino, Patente B");
        await page.GetByLabel("Ore disponibili a settimana (obbligatorio)", TestPeople.ExactLabel).FillAsync(hours);
        await page.GetByLabel("Mobilità", TestPeople.ExactLabel).SelectOptionAsync("publicTransport");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inserisci nella banca" }).ClickAsync();
    }

    private static async Task<string?> Detail(IPage page, string label) =>
        await page.Locator($"dl dt:text-is(\"{label}\") + dd").First.TextContentAsync();
}
