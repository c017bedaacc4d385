using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>A person's file in the browser: search, registration with a possible duplicate, consents, pathway, access report.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class PeoplePagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_operator_registers_a_person_sees_the_duplicate_finds_them_and_gives_and_withdraws_a_consent()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@trecate", "/persone");
        await BrowserFixture.Heading(page, "Persone").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        var (surname, taxCode) = (TestPeople.Surname(), TestPeople.TaxCode());

        // A wrong check character: the API's message beside the field, what was typed kept.
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra una persona" }).ClickAsync();
        await BrowserFixture.Heading(page, "Registra una persona").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Nome (obbligatorio)", TestPeople.ExactLabel).FillAsync("Maria");
        await page.GetByLabel("Cognome (obbligatorio)", TestPeople.ExactLabel).FillAsync(surname);
        await page.GetByLabel("Codice fiscale (obbligatorio)", TestPeople.ExactLabel).FillAsync(taxCode[..15] + (taxCode[15] == 'A' ? 'B' : 'A'));
        await page.GetByLabel("Data di nascita (obbligatorio)", TestPeople.ExactLabel).FillAsync("1980-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra", Exact = true }).ClickAsync();
        (await page.Locator("#taxCode-errore").TextContentAsync()).ShouldBe("Codice fiscale non valido (forma o carattere di controllo).");
        (await page.GetByLabel("Cognome (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe(surname);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // Special-category data entered by an operator is kept, but an operator's file does not show it.
        var file = await TestPeople.RegisterAsync(page, surname, taxCode, disability: "Invalidità civile 60%");
        await BrowserFixture.Heading(page, $"Maria {surname}").WaitForAsync();
        (await page.Locator("#avviso-accesso").TextContentAsync() ?? "").ShouldContain("Questo accesso alla scheda è stato registrato");
        (await page.Locator("#possibili-doppioni").CountAsync()).ShouldBe(0);
        (await page.Locator("#sezione-dati-particolari").CountAsync()).ShouldBe(0);
        (await page.GetByText("Invalidità civile").CountAsync()).ShouldBe(0);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // The same tax code again: registered, never merged, and the operator is told.
        await TestPeople.RegisterAsync(page, surname, taxCode);
        await page.Locator("#possibili-doppioni").GetByRole(AriaRole.Link).First.WaitForAsync();
        (await page.Locator("#possibili-doppioni a").GetAttributeAsync("href")).ShouldBe(file);

        // Search: by tax code and by surname + birth date, neither in the address.
        await page.GotoAsync("/persone");
        await page.GetByLabel("Codice fiscale", TestPeople.ExactLabel).FillAsync(taxCode.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
        await page.Locator("tbody tr").Nth(1).WaitForAsync();
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(2);
        page.Url.ShouldNotContain(taxCode, Case.Insensitive);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Codice fiscale", TestPeople.ExactLabel).FillAsync("");
        await page.GetByLabel("Cognome", TestPeople.ExactLabel).FillAsync(surname);
        await page.GetByLabel("Data di nascita", TestPeople.ExactLabel).FillAsync("1980-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
        await page.GetByText("Possibile doppione").First.WaitForAsync();
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(2);
        page.Url.ShouldNotContain(surname, Case.Insensitive);
        await page.GetByLabel("Cognome", TestPeople.ExactLabel).FillAsync("");
        await page.GetByLabel("Data di nascita", TestPeople.ExactLabel).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
        (await page.Locator("#taxCode-errore").TextContentAsync()).ShouldBe("Indicare il codice fiscale, oppure cognome e data di nascita.");

        // A consent with an expiry before its date is refused beside the field; then given, then withdrawn.
        await page.GotoAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra un consenso" }).ClickAsync();
        await BrowserFixture.Heading(page, "Registra un consenso").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Finalità (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("placement");
        await page.GetByLabel("Data del consenso (obbligatorio)", TestPeople.ExactLabel).FillAsync("2026-03-01");
        await page.GetByLabel("Scadenza", TestPeople.ExactLabel).FillAsync("2026-02-01");
        await page.GetByLabel("Firmato da (obbligatorio)", TestPeople.ExactLabel).FillAsync("La persona");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il consenso" }).ClickAsync();
        (await page.Locator("#expiresOn-errore").TextContentAsync()).ShouldBe("La scadenza non può precedere la data del consenso.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Scadenza", TestPeople.ExactLabel).FillAsync("2030-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il consenso" }).ClickAsync();
        await page.GetByText("Consenso registrato.").WaitForAsync();
        var row = page.Locator("table[aria-labelledby=consensi] tbody tr");
        (await row.CountAsync()).ShouldBe(1);
        (await row.TextContentAsync() ?? "").ShouldContain("Tirocinio");
        (await row.TextContentAsync() ?? "").ShouldContain("In vigore");
        (await row.TextContentAsync() ?? "").ShouldContain("31/12/2030");

        await row.GetByRole(AriaRole.Link, new() { Name = "Revoca il consenso per Tirocinio" }).ClickAsync();
        await BrowserFixture.Heading(page, "Revoca un consenso").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoca il consenso" }).ClickAsync();
        await page.GetByText("Consenso revocato.").WaitForAsync();
        (await row.TextContentAsync() ?? "").ShouldContain("Revocato dal");
        (await row.GetByRole(AriaRole.Link).CountAsync()).ShouldBe(0);

        // Who read the file: the registration, each reading, the searches.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chi ha letto la scheda" }).ClickAsync();
        await BrowserFixture.Heading(page, "Chi ha letto la scheda").WaitForAsync();
        var log = await page.Locator("tbody").TextContentAsync() ?? "";
        log.ShouldContain("Registrazione");
        log.ShouldContain("Scheda");
        log.ShouldContain("Risultato di una ricerca");
        log.ShouldContain("Operatore");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_social_worker_sees_special_category_data_an_auditor_is_offered_no_change_and_another_tenant_finds_nobody()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@trecate", "/persone");
        var taxCode = TestPeople.TaxCode();
        var file = await TestPeople.RegisterAsync(page, TestPeople.Surname(), taxCode, disability: "Invalidità civile 75%");
        await TestPeople.GiveConsentAsync(page, file, "referral");

        var (social, socialErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(social, "social-worker@trecate", file);
        await social.Locator("#sezione-dati-particolari").GetByText("Invalidità civile 75%").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(social)).ShouldBeEmpty();
        socialErrors.ShouldBeEmpty();

        // An auditor reads (and is logged) but is offered neither registering, nor consents, nor withdrawals.
        var (auditor, auditorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, "auditor@trecate", file);
        await auditor.Locator("#avviso-accesso").WaitForAsync();
        (await auditor.Locator("table[aria-labelledby=consensi] tbody tr").CountAsync()).ShouldBe(1);
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Registra un consenso" }).CountAsync()).ShouldBe(0);
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Revoca" }).CountAsync()).ShouldBe(0);
        (await auditor.Locator("#sezione-dati-particolari").CountAsync()).ShouldBe(0);
        await auditor.GotoAsync("/persone");
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Registra una persona" }).CountAsync()).ShouldBe(0);
        await auditor.GotoAsync("/persone/nuova");
        await auditor.GetByText("Il tuo ruolo non permette di registrare persone.").WaitForAsync();
        auditorErrors.ShouldBeEmpty();

        // Another consortium: neither the search nor the file's address shows the person.
        var (other, otherErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(other, "consortium-admin@zona-ovest", "/persone");
        await other.GetByLabel("Codice fiscale", TestPeople.ExactLabel).FillAsync(taxCode);
        await other.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
        await other.Locator("#nessun-risultato").WaitForAsync();
        await other.GotoAsync(file);
        (await other.Locator("#errore-api p").TextContentAsync()).ShouldBe("Persona non trovata.");
        (await other.Locator("#avviso-accesso").CountAsync()).ShouldBe(0);
        otherErrors.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }
}
