using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>The home page's key figures, from Indicators for the signed-in user's consortium.</summary>
[Collection(ReteSystemCollection.Name)]
public sealed partial class HomeFiguresTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_home_page_shows_the_consortiums_figures_to_a_reader_and_none_to_ops()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "auditor@torino", "/persone");
        await page.GotoAsync("/");
        var panel = page.Locator("#cifre-chiave");
        await panel.WaitForAsync();
        var organisations = panel.Locator(".card", new() { HasText = "Organizzazioni attive" }).Locator(".cifra");
        (await organisations.TextContentAsync() ?? "").ShouldMatch(Count().ToString());
        // Torino's seeded District 2 placements are there; a share is shown as a percentage.
        (await panel.Locator(".card", new() { HasText = "Tirocini avviati" }).Locator(".cifra").TextContentAsync() ?? "").ShouldMatch(Count().ToString());
        (await panel.Locator(".card", new() { HasText = "Fuori dal circuito assistenziale" }).Locator(".cifra").TextContentAsync() ?? "")
            .ShouldMatch("^[0-9]+,[0-9] %$");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();

        var (ops, opsErrors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(ops, "ops@torino", "/persone");
        await ops.GotoAsync("/");
        await ops.GetByRole(AriaRole.Heading, new() { Name = "Benvenuto in Rete" }).WaitForAsync();
        (await ops.Locator("#cifre-chiave").CountAsync()).ShouldBe(0);
        opsErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reader_chooses_a_mandate_and_the_figures_and_charts_follow_it()
    {
        var (page, errors) = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "auditor@torino", "/persone");
        await page.GotoAsync("/");
        var panel = page.Locator("#cifre-chiave");
        // Chart.js draws each chart from its table and folds the table under "Mostra i dati".
        await panel.Locator("#grafico-tirocini canvas").WaitForAsync();
        (await panel.Locator("#grafico-tirocini details").GetAttributeAsync("open")).ShouldBeNull();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await ChooseAsync(page, "Un mandato", "Mandato", "2006-2010");
        (await panel.Locator("#periodo-mostrato").TextContentAsync() ?? "").ShouldContain("nel mandato 2006-2010");
        // District 2's first mandate as the seeds load it (PlacementsEndToEndTests): 102 started, 11 of them six-month training.
        (await Card(panel, "Tirocini avviati").TextContentAsync()).ShouldBe("102");
        (await Cell(panel, "grafico-tirocini", "Tirocinio formativo, 6 mesi", 1).TextContentAsync()).ShouldBe("11");
        (await Cell(panel, "grafico-tirocini", "Tirocinio osservativo, 3 mesi", 1).TextContentAsync()).ShouldBe("23");
        // Its five grants awarded 53,300.00 euros over the mandate's years.
        var awarded = await panel.Locator("#grafico-contributi tbody tr td:nth-of-type(1)").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.valore)");
        awarded.Sum(a => decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(53_300.00m);
        await panel.Locator("#grafico-contributi canvas").WaitForAsync();
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await ChooseAsync(page, "Un mandato", "Mandato", "2011-2016");
        (await Card(panel, "Tirocini avviati").TextContentAsync()).ShouldBe("21");
        (await Cell(panel, "grafico-tirocini", "Tirocinio formativo, 3 mesi", 1).TextContentAsync()).ShouldBe("21");
        (await panel.Locator("#grafico-tirocini tbody tr").CountAsync()).ShouldBe(1);

        // Indicators' own refusal sits beside the date it concerns; a kind chosen without its value is said before asking.
        await page.GetByLabel("Periodo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tra due date" });
        await page.GetByLabel("Dal", new() { Exact = true }).FillAsync("2024-05-01");
        await page.GetByLabel("Al", new() { Exact = true }).FillAsync("2024-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra", Exact = true }).ClickAsync();
        await page.Locator("#al-errore").WaitForAsync();
        (await page.Locator("#al-errore").TextContentAsync() ?? "").ShouldContain("non può precedere");
        (await page.GetByLabel("Al", new() { Exact = true }).GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await panel.Locator(".cifra").CountAsync()).ShouldBe(0);
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync("/?periodo=anno");
        (await page.Locator("#anno-errore").TextContentAsync() ?? "").ShouldContain("Indica l'anno");

        // Without scripts the tables are the figures: open, and no canvas.
        var plain = await browser.NewPageWithoutScriptsAsync(page);
        await plain.GotoAsync("/?periodo=mandato&mandato=2006-2010");
        (await plain.Locator("#grafico-tirocini details").GetAttributeAsync("open")).ShouldNotBeNull();
        (await plain.Locator("#grafico-tirocini canvas").CountAsync()).ShouldBe(0);
        (await plain.Locator("#grafico-tirocini table").IsVisibleAsync()).ShouldBeTrue();
        errors.ShouldBeEmpty();
    }

    private static async Task ChooseAsync(IPage page, string kind, string field, string value)
    {
        await page.GetByLabel("Periodo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel(field, new() { Exact = true }).FillAsync(value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains(Uri.EscapeDataString(value), StringComparison.Ordinal) || url.Contains(value, StringComparison.Ordinal));
        await page.Locator("#grafico-tirocini").WaitForAsync();
    }

    private static ILocator Card(ILocator panel, string title) => panel.Locator(".card", new() { HasText = title }).Locator(".cifra");

    /// <summary>A chart's table cell: the row named <paramref name="row"/>, the <paramref name="column"/>-th series.</summary>
    private static ILocator Cell(ILocator panel, string chart, string row, int column) =>
        // By CSS, not by role: once the chart is drawn the table is folded in a closed <details>, out of the accessibility tree.
        panel.Locator($"#{chart} tbody tr", new() { Has = panel.Page.Locator($"th:text-is(\"{row}\")") })
            .Locator($"td:nth-of-type({column})");

    [GeneratedRegex("^[0-9]{1,3}(\\.[0-9]{3})*$")]
    private static partial Regex Count();
}
