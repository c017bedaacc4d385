using System.Globalization;
using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>An organisation's accreditations (record, renew, expire) and status changes (suspend, reactivate, close), with If-Match.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class OrganisationStatusPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Accredited = "Convenzione Sportelli per il Lavoro";

    [Fact]
    public async Task An_admin_records_renews_and_expires_an_accreditation_then_suspends_and_closes_the_organisation()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@trecate", "/organizzazioni/nuova");
        var name = $"Cooperativa di prova {Guid.NewGuid().ToString("N")[..8]}";
        await page.GetByLabel("Nome (obbligatorio)").FillAsync(name);
        await page.GetByLabel("Tipo (obbligatorio)").SelectOptionAsync("socialCooperative");
        await page.GetByLabel("Comune (codice ISTAT)").FillAsync("003149");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra", Exact = true }).ClickAsync();
        await page.GetByText("Organizzazione registrata.").WaitForAsync();
        var detail = new Uri(page.Url).AbsolutePath;
        await page.GetByText("Nessun accreditamento registrato.").WaitForAsync();

        // Recorded: an end before the start is refused beside the end.
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra un accreditamento" }).ClickAsync();
        await BrowserFixture.Heading(page, "Registra un accreditamento").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Tipo di accreditamento (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("servicesForWork");
        await page.GetByLabel("Fase (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("provisional");
        await page.GetByLabel("Numero di iscrizione all'albo", TestPeople.ExactLabel).FillAsync("SL-123");
        await page.GetByLabel("In vigore dal (obbligatorio)", TestPeople.ExactLabel).FillAsync(Day(-30));
        await page.GetByLabel("Fino al", TestPeople.ExactLabel).FillAsync(Day(-31));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'accreditamento" }).ClickAsync();
        (await page.Locator("#validTo-errore").TextContentAsync()).ShouldBe("La fine della validità non può precedere l'inizio.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Fino al", TestPeople.ExactLabel).FillAsync(Day(30));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'accreditamento" }).ClickAsync();
        await page.GetByText("Accreditamento registrato.").WaitForAsync();
        var row = page.Locator("table[aria-labelledby=accreditamenti] tbody tr");
        (await row.TextContentAsync() ?? "").ShouldContain("Servizi al Lavoro");
        (await row.TextContentAsync() ?? "").ShouldContain("Provvisorio");
        (await row.TextContentAsync() ?? "").ShouldContain("Piemonte, n. SL-123");
        (await row.TextContentAsync() ?? "").ShouldContain("In vigore");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // Renewed: an end that does not move forward is Registry's 409, beside the date; then a year on, definitive.
        await row.GetByRole(AriaRole.Link, new() { Name = "Rinnova l'accreditamento Servizi al Lavoro" }).ClickAsync();
        await BrowserFixture.Heading(page, "Rinnova l'accreditamento").WaitForAsync();
        await page.GetByLabel("Nuova fine della validità", TestPeople.ExactLabel).FillAsync(Day(10));
        await page.GetByRole(AriaRole.Button, new() { Name = "Rinnova l'accreditamento" }).ClickAsync();
        (await page.Locator("#validTo-errore").TextContentAsync()).ShouldBe("Il rinnovo deve spostare in avanti la data di fine validità.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Nuova fine della validità", TestPeople.ExactLabel).FillAsync(Day(365));
        await page.GetByLabel("Fase", TestPeople.ExactLabel).SelectOptionAsync("definitive");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rinnova l'accreditamento" }).ClickAsync();
        await page.GetByText("Accreditamento rinnovato.").WaitForAsync();
        (await row.TextContentAsync() ?? "").ShouldContain("Definitivo");
        (await row.TextContentAsync() ?? "").ShouldContain(Italian(365));

        // Expired early, with a reason; an expired accreditation offers no more changes.
        await row.GetByRole(AriaRole.Link, new() { Name = "Fai scadere l'accreditamento Servizi al Lavoro" }).ClickAsync();
        await BrowserFixture.Heading(page, "Fai scadere l'accreditamento").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Motivo", TestPeople.ExactLabel).FillAsync("Revoca regionale");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fai scadere l'accreditamento" }).ClickAsync();
        await page.GetByText("Scadenza dell'accreditamento registrata.").WaitForAsync();
        (await row.TextContentAsync() ?? "").ShouldContain($"Scaduto il {Italian(0)} (Revoca regionale)");
        (await row.GetByRole(AriaRole.Link).CountAsync()).ShouldBe(0);

        // Suspended with a reason: only reactivate and close are offered.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sospendi", Exact = true }).ClickAsync();
        await BrowserFixture.Heading(page, "Sospendi l'organizzazione").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Motivo", TestPeople.ExactLabel).FillAsync("Verifica in corso");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sospendi l'organizzazione" }).ClickAsync();
        await page.GetByText("Organizzazione sospesa.").WaitForAsync();
        (await Detail(page, "Stato")).ShouldBe("Sospesa (Verifica in corso)");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Sospendi", Exact = true }).CountAsync()).ShouldBe(0);

        // Two tabs: the close read before the reactivation is refused as stale.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(detail + "/stato/chiudi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Riattiva", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Riattiva l'organizzazione" }).ClickAsync();
        await page.GetByText("Organizzazione riattivata.").WaitForAsync();
        (await Detail(page, "Stato")).ShouldBe("Attiva");
        await other.GetByRole(AriaRole.Button, new() { Name = "Chiudi l'organizzazione" }).ClickAsync();
        (await other.Locator("#errore-api").TextContentAsync() ?? "").ShouldContain("Nel frattempo questi dati sono stati modificati");

        // Closed: nothing more is offered, neither edit nor accreditations nor status changes.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chiudi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi l'organizzazione" }).ClickAsync();
        await page.GetByText("Organizzazione chiusa.").WaitForAsync();
        (await Detail(page, "Stato")).ShouldBe("Chiusa");
        foreach (var action in new[] { "Modifica", "Registra un accreditamento", "Sospendi", "Riattiva", "Chiudi" })
        {
            (await page.GetByRole(AriaRole.Link, new() { Name = action, Exact = true }).CountAsync()).ShouldBe(0);
        }

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_operator_may_suspend_but_not_renew_and_an_auditor_is_offered_nothing()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@trecate");
        await OpenAsync(page, Accredited);
        var row = page.Locator("table[aria-labelledby=accreditamenti] tbody tr");
        (await row.First.TextContentAsync() ?? "").ShouldContain("Servizi al Lavoro");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Sospendi", Exact = true }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Registra un accreditamento" }).CountAsync()).ShouldBe(1);
        (await row.GetByRole(AriaRole.Link).CountAsync()).ShouldBe(0);
        // Typing the address: the renewal is the administrators' (Registry's Admin policy).
        await page.GotoAsync($"{new Uri(page.Url).AbsolutePath}/accreditamenti/{Guid.NewGuid()}/rinnova");
        await page.GetByText("Rinnovi e scadenze degli accreditamenti spettano all'amministrazione del consorzio.").WaitForAsync();
        errors.ShouldBeEmpty();

        var (auditor, auditorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, "auditor@trecate");
        await OpenAsync(auditor, Accredited);
        (await Accessibility.SeriousViolationsAsync(auditor)).ShouldBeEmpty();
        foreach (var action in new[] { "Modifica", "Registra un accreditamento", "Sospendi", "Chiudi" })
        {
            (await auditor.GetByRole(AriaRole.Link, new() { Name = action, Exact = true }).CountAsync()).ShouldBe(0);
        }

        (await auditor.Locator("table[aria-labelledby=accreditamenti] tbody a").CountAsync()).ShouldBe(0);
        auditorErrors.ShouldBeEmpty();
    }

    private static async Task OpenAsync(IPage page, string name)
    {
        await page.GotoAsync("/organizzazioni?q=" + Uri.EscapeDataString(name));
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await BrowserFixture.Heading(page, name).WaitForAsync();
    }

    private static DateOnly RomeDay(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome")).DateTime).AddDays(days);

    private static string Day(int days) => RomeDay(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Italian(int days) => RomeDay(days).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static async Task<string?> Detail(IPage page, string label) =>
        await page.Locator($"dl dt:text-is(\"{label}\") + dd").First.TextContentAsync();
}
