using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>User administration in the browser (Identity's admin API), and the seeded users' organisations.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class UserPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Bootstrap Italia draws the box on the label and keeps the input itself out of reach of a pointer.
    private static readonly LocatorCheckOptions Styled = new() { Force = true };

    private const string Office = "Servizi Sociali Circoscrizione 2 - Area Accoglienza e Adulti in Difficoltà";

    [Fact]
    public async Task A_torino_admin_invites_a_user_who_signs_in_then_changes_their_roles_and_disables_them()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@torino", "/utenti");
        await BrowserFixture.Heading(page, "Utenti").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "operator@torino", Exact = true }).WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // Identity's refusal of the name sits beside the field; what was typed stays.
        await page.GetByRole(AriaRole.Link, new() { Name = "Invita un utente" }).ClickAsync();
        await BrowserFixture.Heading(page, "Invita un utente").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        var name = $"prova.{Guid.NewGuid().ToString("N")[..8]}@torino";
        await page.GetByLabel("Nome utente (obbligatorio)", TestPeople.ExactLabel).FillAsync("x");
        await page.GetByLabel("Nome e cognome (obbligatorio)", TestPeople.ExactLabel).FillAsync("Lucia Prova");
        await page.GetByLabel("Assistente sociale", TestPeople.ExactLabel).CheckAsync(Styled);
        await page.GetByLabel("Organizzazione per cui opera", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Office });
        await page.GetByRole(AriaRole.Button, new() { Name = "Invita l'utente" }).ClickAsync();
        await page.Locator("#userName-errore").WaitForAsync();
        (await page.GetByLabel("Nome e cognome (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe("Lucia Prova");
        (await page.GetByLabel("Assistente sociale", TestPeople.ExactLabel).IsCheckedAsync()).ShouldBeTrue();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Nome utente (obbligatorio)", TestPeople.ExactLabel).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Invita l'utente" }).ClickAsync();
        var password = (await page.Locator("#password-temporanea").TextContentAsync() ?? "").Trim();
        password.ShouldStartWith("Rete-");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // The invited user signs in with the temporary password and works for that organisation.
        var (invited, invitedErrors) = await browser.NewPageAsync();
        await invited.GotoAsync("/segnalazioni");
        await BrowserFixture.FillSignInAsync(invited, name, password);
        await invited.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/segnalazioni");
        (await invited.Locator("#utente-nome").TextContentAsync()).ShouldBe("Lucia Prova");
        await invited.GetByRole(AriaRole.Heading, new() { Name = $"Ricevute da {Office}" }).WaitForAsync();
        (await invited.GetByRole(AriaRole.Link, new() { Name = "Utenti" }).CountAsync()).ShouldBe(0);
        invitedErrors.ShouldBeEmpty();

        // Roles and scope change with the version read; then the user is disabled and can no longer sign in.
        await page.GetByRole(AriaRole.Link, new() { Name = "Apri l'utente" }).ClickAsync();
        await BrowserFixture.Heading(page, name).WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Revisore", TestPeople.ExactLabel).CheckAsync(Styled);
        await page.GetByLabel("Comuni di competenza (codici ISTAT)", TestPeople.ExactLabel).FillAsync("00127");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await page.Locator("#municipalities-errore").WaitForAsync();
        await page.GetByLabel("Comuni di competenza (codici ISTAT)", TestPeople.ExactLabel).FillAsync("001272");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await page.GetByText("Fatto.").WaitForAsync();
        (await page.GetByLabel("Revisore", TestPeople.ExactLabel).IsCheckedAsync()).ShouldBeTrue();
        (await page.GetByLabel("Comuni di competenza (codici ISTAT)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe("001272");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disabilita l'utente" }).ClickAsync();
        await page.GetByText("Fatto.").WaitForAsync();
        (await page.Locator("#stato-utente").TextContentAsync()).ShouldBe("Disabilitato");
        errors.ShouldBeEmpty();

        var (disabled, _) = await browser.NewPageAsync();
        await disabled.GotoAsync("/organizzazioni");
        await BrowserFixture.FillSignInAsync(disabled, name, password);
        await disabled.Locator("#errore-accesso").WaitForAsync();
        new Uri(disabled.Url).AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task A_non_admin_is_not_offered_the_user_pages_and_gets_the_italian_no_permission_page()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@torino");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Utenti" }).CountAsync()).ShouldBe(0);
        await page.GotoAsync("/utenti/nuovo");
        await BrowserFixture.Heading(page, "Non hai i permessi per questa pagina").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seeded_social_worker_of_torino_acts_for_its_social_services_and_sees_their_referral_queue()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "social-worker@torino", "/segnalazioni");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Ricevute da Circoscrizione 2 - Servizi Sociali" }).WaitForAsync();
        (await page.Locator("#nessuna-coda").CountAsync()).ShouldBe(0);
        (await page.Locator("table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }
}
