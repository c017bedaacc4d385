using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Json;
using Rete.ServiceDefaults.Messaging;

namespace Rete.Bench;

/// <summary>
/// Time from the Registry's commit of a registration to the moment its effect is visible downstream. The
/// commit time is the organisation's <c>created_at</c> (= the event's <c>OccurredAt</c>, taken just before the
/// insert, so the figure includes the insert and commit themselves); every timestamp comes from this machine's clock.
/// </summary>
internal static class EventLag
{
    /// <summary>
    /// Subscribes to OrganisationRegistered with a queue of its own. Idle (default): registers --count organisations
    /// one at a time, --interval-ms apart, and reports their lag. With --listen-seconds: registers nothing and reports
    /// the lag of every event of tenants starting with --tenant-prefix that arrives in that time, or until --expect
    /// of them have (run it beside hey; it writes "listening" on stderr once subscribed).
    /// </summary>
    public static async Task<int> RunAsync(Arguments a)
    {
        var amqp = new Uri(a["amqp"]);
        var prefix = a.Get("tenant-prefix", "");
        var lags = new ConcurrentDictionary<Guid, double>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.UseRabbitMqUri(amqp);
            rabbit.ReceiveEndpoint($"bench-lag-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.Durable = false;
                endpoint.AutoDelete = true;
                endpoint.PrefetchCount = 200;
                endpoint.Handler<OrganisationRegistered>(context =>
                {
                    var received = DateTimeOffset.UtcNow;
                    if (context.Message.TenantId.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        lags.TryAdd(context.Message.OrganisationId, (received - context.Message.OccurredAt).TotalMilliseconds);
                    }

                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        try
        {
            if (a.Has("listen-seconds"))
            {
                // Until --expect events have arrived (when given), at most --listen-seconds.
                var expect = a.Int("expect", int.MaxValue);
                var until = DateTime.UtcNow.AddSeconds(a.Int("listen-seconds", 10));
                Console.Error.WriteLine("listening");
                while (lags.Count < expect && DateTime.UtcNow < until)
                {
                    await Task.Delay(100);
                }

                var shortfall = expect == int.MaxValue ? 0 : Math.Max(0, expect - lags.Count);
                Console.WriteLine($"{Stats.Line("lag", lags.Values.ToList())} missing={shortfall}");
                return 0;
            }

            var count = a.Int("count", 200);
            var interval = TimeSpan.FromMilliseconds(a.Int("interval-ms", 20));
            using var http = new HttpClient { BaseAddress = new Uri(a["gateway"]) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", a["token"]);
            var ids = new List<Guid>(count);
            var failures = 0;
            for (var i = 0; i < count; i++)
            {
                using var response = await http.PostAsJsonAsync("/api/registry/organisations", Names.Body(i), ReteJson.Options);
                if (response.IsSuccessStatusCode)
                {
                    var created = await response.Content.ReadFromJsonAsync<Created>(ReteJson.Options);
                    ids.Add(created!.Id);
                }
                else
                {
                    failures++;
                }

                await Task.Delay(interval);
            }

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (ids.Any(id => !lags.ContainsKey(id)) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            var missing = ids.Count(id => !lags.ContainsKey(id));
            Console.WriteLine($"{Stats.Line("lag", ids.Where(lags.ContainsKey).Select(id => lags[id]).ToList())} missing={missing} failed={failures}");
            return missing == 0 && failures == 0 ? 0 : 1;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>
    /// Registry commit -> Grants read model commit, for every OrganisationRegistered of tenants starting with
    /// --tenant-prefix since --since: the event's occurrence in registry-db's outbox against the time Grants' consumer
    /// wrote its inbox row, in the transaction of its read-model change (inbox_messages.processed_at, now() of that
    /// transaction: the commit follows within a few milliseconds). Waits up to 60 s for every event to arrive.
    /// </summary>
    public static async Task<int> RunFromDatabasesAsync(Arguments a)
    {
        var occurred = new Dictionary<Guid, DateTimeOffset>();
        await using (var registry = new NpgsqlConnection(a["registry-db"]))
        {
            await registry.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                SELECT message_id, occurred_at FROM outbox_messages
                WHERE tenant_id LIKE @p AND occurred_at >= @s AND type LIKE '%.OrganisationRegistered'
                """, registry);
            command.Parameters.AddWithValue("p", a["tenant-prefix"] + "%");
            command.Parameters.AddWithValue("s", DateTimeOffset.Parse(a["since"], System.Globalization.CultureInfo.InvariantCulture));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                occurred[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        var applied = new Dictionary<Guid, DateTimeOffset>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        await using var grants = new NpgsqlConnection(a["grants-db"]);
        await grants.OpenAsync();
        while (true)
        {
            await using (var command = new NpgsqlCommand(
                "SELECT message_id, processed_at FROM inbox_messages WHERE message_id = ANY(@ids) AND consumer LIKE '%OrganisationRegistered%'", grants))
            {
                command.Parameters.AddWithValue("ids", occurred.Keys.Where(id => !applied.ContainsKey(id)).ToArray());
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    applied[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
                }
            }

            if (applied.Count == occurred.Count || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(250);
        }

        var lags = applied.Select(x => (x.Value - occurred[x.Key]).TotalMilliseconds).ToList();
        Console.WriteLine($"{Stats.Line("lag", lags)} missing={occurred.Count - applied.Count}");
        return applied.Count == occurred.Count ? 0 : 1;
    }

    private sealed record Created(Guid Id);
}
