using System.Text.RegularExpressions;
using Microsoft.Playwright;

// Photographs a running instance (./rete up): the dashboard's resource list, once every resource is listed, and the
// web application's main pages as a seeded consortium admin of Torino sees them (docs/screenshots/).
// dotnet run --project tools/Rete.Screenshots [-- --home .rete --out docs/dashboard.png --pages docs/screenshots]
// The dashboard renders over a websocket after the page loads, so the picture waits for the grid, not the page.

var home = Option("--home") ?? Environment.GetEnvironmentVariable("RETE_HOME") ?? Path.Combine(RepositoryRoot(), ".rete");
var output = Option("--out") ?? Path.Combine(RepositoryRoot(), "docs", "dashboard.png");
var pages = Option("--pages") ?? Path.Combine(RepositoryRoot(), "docs", "screenshots");

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

// The web application through the gateway, signed in with the development password (README).
var offset = int.TryParse(Environment.GetEnvironmentVariable("RETE_PORT_OFFSET"), out var o) ? o : 0;
var gateway = Option("--gateway") ?? $"http://127.0.0.1:{8080 + offset}";
Directory.CreateDirectory(pages);
var web = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 }, Locale = "it-IT", BaseURL = gateway });
await web.GotoAsync("/accedi?returnUrl=%2F");
await web.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");
await web.ScreenshotAsync(new() { Path = Path.Combine(pages, "accesso.png") });
await web.GetByLabel("Nome utente").FillAsync("consortium-admin@torino");
await web.GetByLabel("Password", new() { Exact = true }).FillAsync("Rete-sviluppo-2026");
await web.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
await web.GetByRole(AriaRole.Button, new() { Name = "Esci" }).WaitForAsync();
(string Path, string File)[] shots =
[
    ("/", "home.png"), ("/organizzazioni", "organizzazioni.png"), ("/tavoli", "tavoli.png"), ("/bilanci", "bilanci.png"),
    ("/contributi", "contributi.png"), ("/persone", "persone.png"), ("/segnalazioni", "segnalazioni.png"),
    ("/tirocini", "tirocini.png"), ("/tirocini/controlli", "controlli.png"), ("/utenti", "utenti.png"),
];
foreach (var (path, file) in shots)
{
    await web.GotoAsync(path);
    await web.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync();
    await web.ScreenshotAsync(new() { Path = Path.Combine(pages, file) });
}
Console.WriteLine($"{pages}: {shots.Length + 1} pages of the web application");

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
