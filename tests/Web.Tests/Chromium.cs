using Microsoft.Playwright;

namespace Rete.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download cannot work here), and pages that record every
/// console error. Shared with the end-to-end browser tests, which link this file.
/// </summary>
public static class Chromium
{
    private const string ExecutablePath = "/usr/bin/chromium";

    /// <param name="allowedPort">A port Chromium refuses by default (the end-to-end gateway's 10080 is one).</param>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, int? allowedPort = null)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: apt-get install -y chromium (./rete test does it).");
        }

        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
                .. allowedPort is { } port ? [$"--explicitly-allowed-ports={port}"] : Array.Empty<string>(),
            ],
        });
    }

    /// <summary>A fresh page in Italian (a context of its own: no cookies) that records console errors and uncaught exceptions.</summary>
    public static async Task<(IPage Page, List<string> Errors)> NewPageAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new() { Locale = "it-IT", BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }
}
