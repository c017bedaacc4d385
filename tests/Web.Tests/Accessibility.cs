using System.Text.Json;
using Microsoft.Playwright;

namespace Rete.Web.Tests;

/// <summary>Runs axe-core (the npm package the web app's package.json pins) on the page as it is.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(AxePath()));
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Violation(string Id, string? Impact, string Help, int Nodes);

    public static async Task<IReadOnlyList<Violation>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = AxeSource.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
              });
              return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
            }
            """);
        var violations = json.Deserialize<List<Violation>>(Json) ?? [];
        return violations.Where(v => v.Impact is "serious" or "critical").ToList();
    }

    private static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core not found under web/node_modules: build web/Rete.Web.csproj (it runs npm ci).");
    }
}
