using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using MassTransit;
using Rete.Contracts;
using Rete.Contracts.Placements;
using Rete.ServiceDefaults.Messaging;

namespace Rete.Bench;

/// <summary>
/// Time from publishing a real event on the bus (as Placements' outbox would: the event id as the message id) to the
/// figure moving: <c>started</c> of <c>GET /api/indicators/placements?year=--year</c> through the gateway, polled every
/// --poll-ms. The tenant first gets three placements, so that the figure is past the suppression threshold; then
/// --count placements start one at a time, each waited for. Includes one poll's request time.
/// </summary>
internal static class IndicatorsLag
{
    public static async Task<int> RunAsync(Arguments a)
    {
        var tenant = a["tenant"];
        var year = a.Int("year", 2031);
        var poll = TimeSpan.FromMilliseconds(a.Int("poll-ms", 10));
        var timeout = TimeSpan.FromSeconds(a.Int("timeout-seconds", 10));
        using var http = new HttpClient { BaseAddress = new Uri(a["gateway"]) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", a["token"]);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.UseRabbitMqUri(new Uri(a["amqp"])));
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        try
        {
            async Task<int> StartedAsync()
            {
                using var response = await http.GetAsync($"/api/indicators/placements?year={year}");
                if (!response.IsSuccessStatusCode)
                {
                    return -1;
                }

                using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
                return body.RootElement.TryGetProperty("started", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : -1;
            }

            async Task<double?> StartAndWaitAsync(int expected)
            {
                var e = Started(tenant, new DateOnly(year, 3, 1));
                var watch = Stopwatch.StartNew();
                await bus.Publish(e, context => context.MessageId = e.EventId);
                while (watch.Elapsed < timeout)
                {
                    if (await StartedAsync() >= expected)
                    {
                        return watch.Elapsed.TotalMilliseconds;
                    }

                    await Task.Delay(poll);
                }

                return null;
            }

            var baseline = Math.Max(0, await StartedAsync());
            for (var i = 0; i < 3; i++)
            {
                await bus.Publish(Started(tenant, new DateOnly(year, 2, 1)), c => c.MessageId = c.Message.EventId);
            }

            var seen = baseline + 3;
            if (await StartAndWaitAsync(++seen) is null)
            {
                Console.Error.WriteLine($"the figure did not reach {seen} (it is {await StartedAsync()})");
                return 1;
            }

            var lags = new List<double>();
            var missing = 0;
            for (var i = 0; i < a.Int("count", 50); i++)
            {
                await Task.Delay(a.Int("interval-ms", 100));
                if (await StartAndWaitAsync(++seen) is { } lag)
                {
                    lags.Add(lag);
                }
                else
                {
                    missing++;
                    seen = Math.Max(seen - 1, await StartedAsync());
                }
            }

            Console.WriteLine($"{Stats.Line("indicators-lag", lags)} missing={missing}");
            return 0;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static PlacementStarted Started(string tenant, DateOnly on) =>
        new(Guid.CreateVersion7(), tenant, DateTimeOffset.UtcNow, Guid.CreateVersion7(), 3, Guid.CreateVersion7(), "training", 3,
            Guid.CreateVersion7(), on, on.AddMonths(3).AddDays(-1));
}
