using Microsoft.Playwright;
using Rete.ServiceDefaults.TaxCodes;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>Fictional people for the browser tests: a surname nobody else has and a tax code with a right check character.</summary>
public static class TestPeople
{
    /// <summary>Labels matched whole: "Nome" is also inside "Cognome".</summary>
    public static readonly PageGetByLabelOptions ExactLabel = new() { Exact = true };

    public static string Surname() => "Provaweb" + Letters(6).ToLowerInvariant();

    public static string TaxCode()
    {
        var first15 = $"{Letters(6)}{Random.Shared.Next(50, 99)}A{Random.Shared.Next(10, 28)}L219";
        return first15 + CodiceFiscale.CheckCharacter(first15);
    }

    /// <summary>Registers a person through the form (signed in as someone who may) and returns the file's path.</summary>
    public static async Task<string> RegisterAsync(IPage page, string surname, string taxCode, string? disability = null)
    {
        await page.GotoAsync("/persone/nuova");
        await page.GetByLabel("Nome (obbligatorio)", TestPeople.ExactLabel).FillAsync("Maria");
        await page.GetByLabel("Cognome (obbligatorio)", TestPeople.ExactLabel).FillAsync(surname);
        await page.GetByLabel("Codice fiscale (obbligatorio)", TestPeople.ExactLabel).FillAsync(taxCode);
        await page.GetByLabel("Data di nascita (obbligatorio)", TestPeople.ExactLabel).FillAsync("1980-01-15");
        await page.GetByLabel("Comune di residenza (codice ISTAT)", TestPeople.ExactLabel).FillAsync("003149");
        if (disability is not null)
        {
            await page.GetByLabel("Disabilità", TestPeople.ExactLabel).FillAsync(disability);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Registra", Exact = true }).ClickAsync();
        await page.GetByText("Persona registrata.").WaitForAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Records a consent on the person's file: purpose as its value, recipients by their names (none: any organisation).</summary>
    public static async Task GiveConsentAsync(IPage page, string file, string purpose, params string[] recipients)
    {
        await page.GotoAsync(file + "/consensi/nuovo");
        await page.GetByLabel("Finalità (obbligatorio)", TestPeople.ExactLabel).SelectOptionAsync(purpose);
        foreach (var recipient in recipients)
        {
            await page.Locator("fieldset label", new() { HasText = recipient }).First.ClickAsync();
        }

        await page.GetByLabel("Firmato da (obbligatorio)", TestPeople.ExactLabel).FillAsync("La persona");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra il consenso" }).ClickAsync();
        await page.GetByText("Consenso registrato.").WaitForAsync();
    }

    private static string Letters(int count) =>
        string.Create(count, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('A' + Random.Shared.Next(26));
            }
        });
}
