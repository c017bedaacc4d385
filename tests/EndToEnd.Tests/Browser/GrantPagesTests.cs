using System.Net;
using Microsoft.Playwright;
using Rete.Testing;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>Budgets and grants in the browser: availability, a line's amount, a grant's whole life, the transparency download, who sees what.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed class GrantPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Beneficiary = "Zona Ovest di Torino srl";
    private const string Line = "Contributi di prova";

    [Fact]
    public async Task An_admin_runs_a_grant_from_draft_to_closed_sees_the_line_move_and_downloads_the_transparency_csv()
    {
        var (year, budget) = await BudgetAsync();
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@zona-ovest", "/bilanci");
        await page.GotoAsync($"/bilanci?anno={year}");
        await BrowserFixture.Heading(page, "Bilanci").WaitForAsync();
        (await LineRow(page).TextContentAsync() ?? "").ShouldContain("100% disponibile");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // A draft: an amount the form cannot read is said beside its field; "6.000,00" is six thousand euro.
        var title = $"Sportello lavoro di prova {Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/contributi/nuovo");
        await BrowserFixture.Heading(page, "Registra un contributo").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await FillGrantAsync(page, title, year, budget.Line, "seimila");
        (await page.Locator("#awarded-errore").TextContentAsync()).ShouldBe("Scrivere un importo, per esempio 1.234,56.");
        (await page.GetByLabel("Titolo (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe(title);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Contributo (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync("6.000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il contributo" }).ClickAsync();
        await page.GetByText("Contributo registrato in bozza.").WaitForAsync();
        var grant = new Uri(page.Url).AbsolutePath;
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Bozza");
        (await Detail(page, "Contributo")).ShouldBe("6.000,00 €");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        (await Actions(page)).ShouldBe(new[] { "Approva il contributo", "Revoca il contributo" });

        await StepAsync(page, "Approva il contributo");
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Approvato");

        // The award is committed on the line: the line cannot drop below it, and Grants' reason sits beside the amount.
        await page.GotoAsync($"/bilanci/{budget.Id}");
        (await LineRow(page).TextContentAsync() ?? "").ShouldContain("40% disponibile");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Modifica la voce {Line}" }).ClickAsync();
        await BrowserFixture.Heading(page, "Modifica la voce di bilancio").WaitForAsync();
        (await page.GetByLabel("Stanziamento (€) (obbligatorio)", TestPeople.ExactLabel).InputValueAsync()).ShouldBe("10.000,00");
        await page.GetByLabel("Stanziamento (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync("5.000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la voce" }).ClickAsync();
        (await page.Locator("#amount-errore").TextContentAsync() ?? "").ShouldContain("6.000,00");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Stanziamento (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync("12.000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la voce" }).ClickAsync();
        await page.GetByText("Fatto.").WaitForAsync();
        (await LineRow(page).TextContentAsync() ?? "").ShouldContain("50% disponibile");

        // Paid in two instalments around a top-up; paying beyond the award is refused beside the amount.
        await page.GotoAsync(grant);
        await StepAsync(page, "Registra un'erogazione", ("Importo (€)", "3.000,00"));
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("In erogazione");
        await page.Locator("#azioni").GetByRole(AriaRole.Link, new() { Name = "Registra un'erogazione" }).ClickAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GetByLabel("Importo (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync("4.000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra un'erogazione" }).ClickAsync();
        await page.Locator("#amount-errore").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.GotoAsync(grant);
        await StepAsync(page, "Integra o riduci il contributo", ("Tipo", "topUp"), ("Importo (€)", "1.000,00"), ("Motivo", "Più ore di sportello."));
        (await Detail(page, "Contributo")).ShouldBe("7.000,00 €");
        (await page.Locator("table[aria-labelledby=modifiche] tbody tr").First.TextContentAsync() ?? "").ShouldContain("Integrazione");
        await StepAsync(page, "Registra un'erogazione", ("Importo (€)", "4.000,00"));
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Erogato");
        (await page.Locator("table[aria-labelledby=erogazioni] tfoot").TextContentAsync() ?? "").ShouldContain("7.000,00 €");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await StepAsync(page, "Registra il rendiconto", ("Spesa effettiva (€)", "7.250,50"));
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Rendicontato");
        (await Detail(page, "Spesa rendicontata")).ShouldBe("7.250,50 €");
        await StepAsync(page, "Chiudi il contributo");
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Chiuso");
        (await Actions(page)).ShouldBeEmpty();

        // A second draft is revoked; the list filters by year and status.
        var revoked = $"Corso revocato di prova {Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/contributi/nuovo");
        await FillGrantAsync(page, revoked, year, budget.Line, "2.000");
        await page.GetByText("Contributo registrato in bozza.").WaitForAsync();
        (await Detail(page, "Contributo")).ShouldBe("2.000,00 €");
        await StepAsync(page, "Revoca il contributo", ("Motivo", "Il corso non è partito."));
        (await page.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Revocato");
        await page.GotoAsync($"/contributi?anno={year}&stato=closed");
        await BrowserFixture.Heading(page, "Contributi").WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Link, new() { Name = revoked }).CountAsync()).ShouldBe(0);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // The export comes through the web app with the user's token: the closed grant, not the revoked draft.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = $"Scarica la pubblicazione per la trasparenza (CSV) dell'anno {year}" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"trasparenza-contributi-{year}.csv");
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        csv.ShouldContain("Le borse lavoro non compaiono");
        csv.ShouldContain(title);
        csv.ShouldContain("7000.00");
        csv.ShouldNotContain(revoked);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_auditor_is_offered_no_step_a_partner_no_budget_and_another_consortium_no_grant()
    {
        var (year, budget) = await BudgetAsync();
        using var operatorClient = Gateway.As("zona-ovest", "operator");
        var beneficiary = await BeneficiaryAsync(operatorClient);
        var recorded = await operatorClient.PostJsonAsync("/api/grants/grants", new
        {
            title = "Contributo letto dal revisore", beneficiaryId = beneficiary, budgetLineId = budget.Line, yearFrom = year, awarded = 1500.00m,
        });
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var grant = $"/contributi/{(await recorded.ReadJsonAsync()).GetProperty("id").GetGuid()}";

        var (auditor, auditorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, "auditor@zona-ovest", grant);
        (await auditor.Locator("#stato-contributo").TextContentAsync()).ShouldBe("Bozza");
        (await Actions(auditor)).ShouldBeEmpty();
        await auditor.GotoAsync(grant + "/approva");
        await auditor.GetByText("Questo passaggio non è possibile per il contributo, o non spetta a te.").WaitForAsync();
        await auditor.GotoAsync($"/bilanci/{budget.Id}");
        (await LineRow(auditor).TextContentAsync() ?? "").ShouldContain("100% disponibile");
        (await auditor.GetByRole(AriaRole.Link, new() { Name = $"Modifica la voce {Line}" }).CountAsync()).ShouldBe(0);
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Aggiungi una voce" }).CountAsync()).ShouldBe(0);
        await auditor.GotoAsync("/contributi");
        (await auditor.GetByRole(AriaRole.Link, new() { Name = "Registra un contributo" }).CountAsync()).ShouldBe(0);
        auditorErrors.ShouldBeEmpty();

        var (partner, partnerErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partner, "partner@zona-ovest", "/contributi");
        (await partner.GetByRole(AriaRole.Link, new() { Name = "Bilanci" }).CountAsync()).ShouldBe(0);
        (await partner.GetByLabel("Voce di bilancio").CountAsync()).ShouldBe(0);
        await partner.GotoAsync("/bilanci");
        await partner.GetByText("I bilanci sono del consorzio: il tuo ruolo non permette di consultarli.").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(partner)).ShouldBeEmpty();
        partnerErrors.ShouldBeEmpty();

        var (stranger, strangerErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(stranger, "operator@trecate", grant);
        (await stranger.Locator("#errore-api p").TextContentAsync()).ShouldBe("Contributo non trovato.");
        await stranger.GotoAsync($"/bilanci/{budget.Id}");
        (await stranger.Locator("#errore-api p").TextContentAsync()).ShouldBe("Bilancio non trovato.");
        strangerErrors.ShouldBeEmpty();
    }

    /// <summary>A budget of zona-ovest for a year no other test uses, with one grants line of 10.000,00 € (set up through Grants' API).</summary>
    [Fact]
    public async Task An_admin_opens_a_budget_with_its_first_line_and_a_second_one_for_the_same_year_and_source_is_refused()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "consortium-admin@trecate", "/bilanci");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuovo bilancio" }).ClickAsync();
        await BrowserFixture.Heading(page, "Nuovo bilancio").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        // An amount the form cannot read is said beside it, before anything is sent.
        var year = Random.Shared.Next(1990, 2030);
        await FillBudgetAsync(page, year, "dodicimila");
        (await page.Locator("#lineAmount-errore").TextContentAsync()).ShouldBe("Scrivere un importo, per esempio 12.500,00.");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        for (var attempt = 0; ; attempt++)
        {
            await FillBudgetAsync(page, year, "12.500,00");
            await page.GetByText("Bilancio aperto.").Or(page.Locator("#source-errore")).WaitForAsync();
            if (attempt < 5 && await page.Locator("#source-errore").CountAsync() > 0)
            {
                year = Random.Shared.Next(1990, 2030);
                continue;
            }

            break;
        }

        await page.GetByText("Bilancio aperto.").WaitForAsync();
        (await BudgetDetail(page, "Anno")).ShouldBe(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await BudgetDetail(page, "Fonte di finanziamento")).ShouldBe("Bilancio partecipato");
        var line = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Contributi di quartiere" }) }).First;
        (await line.TextContentAsync() ?? "").ShouldContain("12.500,00 €");

        // One budget per year and source: Grants' 409 sits beside the source.
        await page.GotoAsync("/bilanci/nuovo");
        await FillBudgetAsync(page, year, "1.000,00");
        (await page.Locator("#source-errore").TextContentAsync() ?? "").ShouldStartWith($"Esiste già il bilancio {year}");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();

        // An operator reads budgets but opens none.
        var (operatorPage, operatorErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(operatorPage, "operator@trecate", "/bilanci");
        (await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Nuovo bilancio" }).CountAsync()).ShouldBe(0);
        await operatorPage.GotoAsync("/bilanci/nuovo");
        await operatorPage.GetByText("I bilanci si aprono dall'amministrazione del consorzio: il tuo ruolo non lo permette.").WaitForAsync();
        operatorErrors.ShouldBeEmpty();
    }

    private static async Task FillBudgetAsync(IPage page, int year, string amount)
    {
        await page.GetByLabel("Anno (obbligatorio)", TestPeople.ExactLabel).FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Fonte di finanziamento (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync("participatoryBudgeting");
        await page.GetByLabel("Nome", TestPeople.ExactLabel).FillAsync("Bilancio partecipato di prova");
        await page.GetByLabel("Tipo di voce", TestPeople.ExactLabel).SelectOptionAsync("grants");
        await page.GetByLabel("Nome della voce", TestPeople.ExactLabel).FillAsync("Contributi di quartiere");
        await page.GetByLabel("Stanziamento (€)", TestPeople.ExactLabel).FillAsync(amount);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apri il bilancio" }).ClickAsync();
    }

    private static async Task<string?> BudgetDetail(IPage page, string label) =>
        await page.Locator($"dl dt:text-is(\"{label}\") + dd").First.TextContentAsync();

    private static async Task<(int Year, (Guid Id, Guid Line) Budget)> BudgetAsync()
    {
        using var admin = Gateway.As("zona-ovest", "consortium-admin");
        for (var attempt = 0; ; attempt++)
        {
            var year = Random.Shared.Next(2040, 2100);
            var response = await admin.PostJsonAsync("/api/grants/budgets", new
            {
                year,
                source = "region",
                lines = new[] { new { kind = "grants", name = Line, amount = 10_000.00m } },
            });
            if (response.StatusCode == HttpStatusCode.Conflict && attempt < 5)
            {
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var body = await response.ReadJsonAsync();
            return (year, (body.GetProperty("id").GetGuid(), body.GetProperty("lines")[0].GetProperty("id").GetGuid()));
        }
    }

    private static async Task<Guid> BeneficiaryAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/registry/organisations?q=" + Uri.EscapeDataString(Beneficiary));
        var items = (await response.ReadJsonAsync()).GetProperty("items");
        return items.EnumerateArray().First(o => o.GetProperty("name").GetString() == Beneficiary).GetProperty("id").GetGuid();
    }

    private static ILocator LineRow(IPage page) => page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = Line }) }).First;

    private static async Task FillGrantAsync(IPage page, string title, int year, Guid line, string awarded)
    {
        await page.GetByLabel("Titolo (obbligatorio)", TestPeople.ExactLabel).FillAsync(title);
        await page.GetByLabel("Beneficiario (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(new SelectOptionValue { Label = Beneficiary });
        await page.GetByLabel("Voce di bilancio (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(line.ToString());
        await page.GetByLabel("Anno iniziale (obbligatorio)", TestPeople.ExactLabel).FillAsync(year.ToString());
        await page.GetByLabel("Contributo (€) (obbligatorio)", TestPeople.ExactLabel).FillAsync(awarded);
        await page.GetByLabel("Numero", TestPeople.ExactLabel).FillAsync("45");
        await page.GetByLabel("Ufficio", TestPeople.ExactLabel).FillAsync("Consiglio di zona");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il contributo" }).ClickAsync();
    }

    private static async Task StepAsync(IPage page, string step, params (string Label, string Value)[] fields)
    {
        await page.Locator("#azioni").GetByRole(AriaRole.Link, new() { Name = step }).ClickAsync();
        await BrowserFixture.Heading(page, step).WaitForAsync();
        foreach (var (label, value) in fields)
        {
            var input = page.GetByLabel(label, new() { Exact = false }).First;
            if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await input.SelectOptionAsync(value);
            }
            else
            {
                await input.FillAsync(value);
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = step }).ClickAsync();
        await page.GetByText("Fatto.").WaitForAsync();
    }

    private static async Task<string?> Detail(IPage page, string label) =>
        await page.Locator($"#contributo dt:text-is(\"{label}\") + dd").TextContentAsync();

    private static async Task<string[]> Actions(IPage page) =>
        [.. (await page.Locator("#azioni a").AllTextContentsAsync()).Select(a => a.Trim())];
}
