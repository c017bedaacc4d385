using System.Net;
using System.Text.Json;
using Rete.Contracts;
using Rete.Testing;

namespace Rete.Indicators.Tests;

/// <summary>A fresh tenant, the events a test has sent for it, and the figures read back through the API.</summary>
internal sealed class Scenario(IndicatorsFixture fixture)
{
    public const string Api = "/api/indicators";

    public string Tenant { get; } = TestTenants.Next();

    public List<IIntegrationEvent> Sent { get; } = [];

    public HttpClient Reader => fixture.Factory.ClientFor(Tenant, "auditor");

    public HttpClient Admin => fixture.Factory.ClientFor(Tenant, "consortium-admin");

    public static DateTimeOffset Now => DateTimeOffset.UtcNow;

    /// <summary>Publishes the events on the real broker and waits until the service has stored every one of them.</summary>
    public async Task SendAsync(IEnumerable<IIntegrationEvent> events)
    {
        var list = events.ToList();
        Sent.AddRange(list);
        await fixture.PublishAllAsync(list);
        await SettledAsync();
    }

    public async Task SettledAsync(TimeSpan? timeout = null)
    {
        var expected = Sent.Select(e => e.EventId).Distinct().Count();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var stored = -1;
        while (DateTime.UtcNow < deadline)
        {
            stored = (await GetAsync("/status")).GetProperty("events").GetInt32();
            if (stored >= expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The service stored {stored} of the {expected} events sent.");
    }

    public async Task<JsonElement> GetAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Reader).GetAsync(Api + path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A figure not published (suppressed, or not shown in this cut): JSON leaves it out.</summary>
    public static bool Withheld(JsonElement figures, string name) =>
        !figures.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    public async Task<string> GetTextAsync(string path)
    {
        var response = await Reader.GetAsync(Api + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
