using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>
/// People at work in the web application, through the gateway as a browser reaches it: a real sign-in at the
/// Identity service (its seeded development users), Registry behind it, nothing mocked.
/// </summary>
[Collection(ReteSystemCollection.Name)]
public sealed class WebAppTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_operator_signs_in_and_finds_only_their_consortiums_organisations()
    {
        var (page, errors) = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, "operator@trecate");

        await BrowserFixture.Heading(page, "Organizzazioni").WaitForAsync();
        (await page.Locator("#utente-nome").TextContentAsync()).ShouldBe("Operatore trecate");
        (await page.Locator("#utente-ente").TextContentAsync()).ShouldBe("trecate");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await SearchAsync(page, "Trecate");
        await page.GetByRole(AriaRole.Link, new() { Name = "Città di Trecate", Exact = true }).WaitForAsync();
        // Another consortium's organisations are not there at all, not even by name.
        await SearchAsync(page, "Torino");
        await page.GetByText("Nessuna organizzazione corrisponde alla ricerca.").WaitForAsync();

        await page.GetByLabel("Comune (codice ISTAT)").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
        (await page.Locator("#municipality-errore").TextContentAsync()).ShouldBe("Il codice ISTAT del comune ha 6 cifre.");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_operator_registers_an_organisation_corrects_a_field_the_api_refused_and_edits_it()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator@trecate");
        var name = $"Associazione di prova {Guid.NewGuid().ToString("N")[..8]}";

        await page.GetByRole(AriaRole.Link, new() { Name = "Registra un'organizzazione" }).ClickAsync();
        await BrowserFixture.Heading(page, "Registra un'organizzazione").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Nome (obbligatorio)").FillAsync(name);
        await page.GetByLabel("Tipo (obbligatorio)").SelectOptionAsync("association");
        await page.GetByLabel("Codice fiscale o partita IVA").FillAsync("NONVALIDO");
        await page.GetByLabel("Comune (codice ISTAT)").FillAsync("003149");
        // Bootstrap Italia draws the box on the label, which takes the click.
        await page.Locator("label[for=areas-inclusion]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra", Exact = true }).ClickAsync();

        // The API's message, in Italian, beside the field it concerns; what was typed is still there.
        (await page.Locator("#taxCode-errore").TextContentAsync() ?? "").ShouldStartWith("Codice fiscale o partita IVA non valido");
        (await page.GetByLabel("Codice fiscale o partita IVA").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.GetByLabel("Nome (obbligatorio)").InputValueAsync()).ShouldBe(name);
        (await page.GetByLabel("Inclusione").IsCheckedAsync()).ShouldBeTrue();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByLabel("Codice fiscale o partita IVA").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra", Exact = true }).ClickAsync();
        await BrowserFixture.Heading(page, name).WaitForAsync();
        await page.GetByText("Organizzazione registrata.").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        var detail = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Link, new() { Name = "Modifica" }).ClickAsync();
        await BrowserFixture.Heading(page, $"Modifica {name}").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Telefono").FillAsync("0321 123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva le modifiche" }).ClickAsync();
        await page.GetByText("Modifiche salvate.").WaitForAsync();
        await page.GetByText("0321 123456").WaitForAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe(detail);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Saving_over_a_change_made_meanwhile_is_refused_with_an_Italian_message_to_reload()
    {
        var (page, _) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@zona-ovest");
        var name = $"Cooperativa di prova {Guid.NewGuid().ToString("N")[..8]}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra un'organizzazione" }).ClickAsync();
        await page.GetByLabel("Nome (obbligatorio)").FillAsync(name);
        await page.GetByLabel("Tipo (obbligatorio)").SelectOptionAsync("socialCooperative");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra", Exact = true }).ClickAsync();
        await BrowserFixture.Heading(page, name).WaitForAsync();
        var edit = new Uri(page.Url).AbsolutePath + "/modifica";

        // Two tabs of the same person read the same version; the second saves first.
        await page.GotoAsync(edit);
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(edit);
        await other.GetByLabel("Note").FillAsync("Cambiato nell'altra scheda.");
        await other.GetByRole(AriaRole.Button, new() { Name = "Salva le modifiche" }).ClickAsync();
        await other.GetByText("Modifiche salvate.").WaitForAsync();

        await page.GetByLabel("Telefono").FillAsync("011 7654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva le modifiche" }).ClickAsync();

        (await page.Locator("#errore-api").TextContentAsync() ?? "").ShouldContain("Nel frattempo questi dati sono stati modificati da qualcun altro");
        await page.Locator("#errore-api").GetByRole(AriaRole.Link, new() { Name = "Ricarica la pagina" }).ClickAsync();
        (await page.GetByLabel("Note").InputValueAsync()).ShouldBe("Cambiato nell'altra scheda.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_auditor_pages_through_the_list_and_is_offered_neither_registering_nor_editing()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "auditor@torino");

        await BrowserFixture.Heading(page, "Organizzazioni").WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Registra un'organizzazione" }).CountAsync()).ShouldBe(0);
        var firstPage = await page.Locator("tbody tr").CountAsync();
        firstPage.ShouldBe(20);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pagina successiva" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Prima pagina" }).WaitForAsync();
        (await page.Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(0);

        await page.Locator("tbody tr a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Organizzazioni" }).First.WaitForAsync();
        await page.Locator("dl").WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Modifica" }).CountAsync()).ShouldBe(0);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync("/organizzazioni/nuova");
        await page.GetByText("Il tuo ruolo non permette di registrare organizzazioni.").WaitForAsync();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Italian_on_an_accessible_sign_in_page()
    {
        var (page, _) = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accedi" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");
        // Identity's own page, with and without its error, passes the same check as the web app's pages.
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await BrowserFixture.FillSignInAsync(page, "cpi-operator@zona-ovest", "non-è-la-password");

        (await page.Locator("#errore-accesso").TextContentAsync()).ShouldBe("Nome utente o password errati.");
        new Uri(page.Url).AbsolutePath.ShouldBe("/account/login");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_here_and_at_the_provider()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "social-worker@torino");

        await page.GetByRole(AriaRole.Button, new() { Name = "Esci" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accedi" }).First.WaitForAsync();
        (await page.Locator("#utente-nome").CountAsync()).ShouldBe(0);
        // Without the provider's session too, the next page that needs a user asks for the password again.
        await page.GotoAsync("/organizzazioni");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");
        errors.ShouldBeEmpty();
    }


    private static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByLabel("Cerca per nome o descrizione").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=" + text, StringComparison.Ordinal));
    }
}
