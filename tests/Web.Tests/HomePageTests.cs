namespace Rete.Web.Tests;

public sealed class HomePageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task The_home_page_is_in_Italian_without_console_errors_or_serious_accessibility_violations()
    {
        var (page, errors) = await web.NewPageAsync();

        var response = await page.GotoAsync("/");

        response!.Status.ShouldBe(200);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Benvenuto in Rete", Level = 1 })
            .WaitForAsync();
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("it");
        (await page.TitleAsync()).ShouldBe("Home - Rete");
        (await page.Locator("a[href='#contenuto']").TextContentAsync()).ShouldBe("Salta al contenuto");
        (await page.Locator("header.it-header-wrapper").CountAsync()).ShouldBe(1);
        (await page.Locator("footer.it-footer").CountAsync()).ShouldBe(1);
        // Bootstrap Italia is served and applied: its stylesheet sets Titillium Web on the body.
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily")).ShouldContain("Titillium Web");

        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_skip_link_comes_first_and_moves_the_focus_to_the_content()
    {
        var (page, _) = await web.NewPageAsync();
        await page.GotoAsync("/");

        var firstFocusable = "document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])')";
        (await page.EvaluateAsync<string>($"{firstFocusable}.textContent")).ShouldBe("Salta al contenuto");
        var skipLink = page.Locator("a[href='#contenuto']");
        await skipLink.FocusAsync();
        (await skipLink.IsVisibleAsync()).ShouldBeTrue();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'contenuto'");
    }

    [Fact]
    public async Task An_unknown_address_shows_the_Italian_not_found_page()
    {
        var (page, errors) = await web.NewPageAsync();

        var response = await page.GotoAsync("/non-esiste");

        response!.Status.ShouldBe(404);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Pagina non trovata");
        (await Accessibility.SeriousViolationsAsync(page)).ShouldBeEmpty();
        errors.Where(e => !e.Contains("404", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
