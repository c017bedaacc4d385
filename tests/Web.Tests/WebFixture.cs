using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Rete.Web.Tests;

/// <summary>The web application on a real Kestrel port and Chromium driven by Playwright. One of each for every test class.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> factory = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = factory.ClientOptions.BaseAddress;
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public Task<(IPage Page, List<string> Errors)> NewPageAsync() => Chromium.NewPageAsync(Browser, BaseAddress);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }
}
