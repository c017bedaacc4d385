using Microsoft.Playwright;
using Rete.Web.Tests;

namespace Rete.EndToEnd.Tests.Browser;

/// <summary>Chromium for the browser tests, against the web application as the gateway serves it.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Password = "Rete-sviluppo-2026";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright, ReteSystem.Current.Gateway.Port);
    }

    /// <summary>
    /// A page with no cookies, on the gateway as 127.0.0.1: the address Identity's issuer and the web client's
    /// redirect URIs name, as under ./rete up.
    /// </summary>
    public Task<(IPage Page, List<string> Errors)> NewPageAsync() =>
        Chromium.NewPageAsync(browser!, new UriBuilder(ReteSystem.Current.Gateway) { Host = "127.0.0.1" }.Uri);

    /// <summary>A page with scripts disabled, signed in as <paramref name="signedIn"/> is (its cookies copied).</summary>
    public async Task<IPage> NewPageWithoutScriptsAsync(IPage signedIn)
    {
        var context = await browser!.NewContextAsync(new()
        {
            Locale = "it-IT", JavaScriptEnabled = false,
            BaseURL = new UriBuilder(ReteSystem.Current.Gateway) { Host = "127.0.0.1" }.Uri.ToString(),
        });
        var cookies = await signedIn.Context.CookiesAsync();
        await context.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        return await context.NewPageAsync();
    }

    /// <summary>Opens a page that needs a user, signs in on Identity's page and comes back to it.</summary>
    public static async Task SignInAsync(IPage page, string userName, string path = "/organizzazioni")
    {
        await page.GotoAsync(path);
        await FillSignInAsync(page, userName, Password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
    }

    /// <summary>The page's one first-level heading, by its whole text.</summary>
    public static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1, Exact = true });

    public static async Task FillSignInAsync(IPage page, string userName, string password)
    {
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");
        await page.GetByLabel("Nome utente").FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
