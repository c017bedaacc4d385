using System.Text.RegularExpressions;
using Microsoft.Playwright;

// Photographs the dashboard of a running instance (./rete up): its resource list, once every resource is listed.
// dotnet run --project tools/Rete.Screenshots [-- --home .rete --out docs/dashboard.png]
// The dashboard renders over a websocket after the page loads, so the picture waits for the grid, not the page.

var home = Option("--home") ?? Environment.GetEnvironmentVariable("RETE_HOME") ?? Path.Combine(RepositoryRoot(), ".rete");
var output = Option("--out") ?? Path.Combine(RepositoryRoot(), "docs", "dashboard.png");

var login = Regex.Matches(File.ReadAllText(Path.Combine(home, "logs", "apphost.log")), @"Login to the dashboard at (\S+)")
    .LastOrDefault()?.Groups[1].Value ?? throw new InvalidOperationException($"No dashboard login link in {home}/logs/apphost.log: is the instance up?");
var resources = File.ReadAllLines(Path.Combine(home, "resources")).Select(line => line.Split('\t')[0]).ToArray();

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1250 }, Locale = "it-IT" });
await page.GotoAsync(login);
foreach (var resource in resources)
{
    await page.GetByText(resource, new() { Exact = true }).First.WaitForAsync(new() { Timeout = 60_000 });
}
await page.WaitForTimeoutAsync(1_000); // the health icons arrive just after the names
await page.ScreenshotAsync(new() { Path = output });
Console.WriteLine($"{output}: {resources.Length} resources");

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Rete.sln")))
        {
            return dir.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
