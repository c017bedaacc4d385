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

    [GeneratedRegex("^[0-9]{1,3}(\\.[0-9]{3})*$")]
    private static partial Regex Count();
}
