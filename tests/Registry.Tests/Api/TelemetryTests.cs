using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>
/// What the service hands its exporter: a request is one trace with its database commands in it; probes and the idle
/// outbox poll hand it nothing, so the dashboard shows only work that was asked for. Listeners see every activity of
/// the process, so these tests run alone, after the others.
/// </summary>
[Collection(Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    public const string Name = "telemetry, alone";

    private readonly RegistryFactory registry = new();
    private readonly ConcurrentQueue<Activity> exported = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> service = null!;

    public Task InitializeAsync()
    {
        service = registry.WithWebHostBuilder(b => b
            // As the AppHost runs every project: each span sampled on its own, whatever its parent's decision.
            .UseSetting("OTEL_TRACES_SAMPLER", "always_on")
            .ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new Recorder(exported)))));
        service.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task Probes_and_an_idle_outbox_export_no_span()
    {
        exported.Clear(); // the start's migrations
        using var client = service.CreateClient();
        foreach (var path in new[] { "/health", "/alive" })
        {
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
            // A prober that traces itself sends its trace along, sampled: the probe is still no span here.
            using var traced = new HttpRequestMessage(HttpMethod.Get, path);
            traced.Headers.Add("traceparent", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01");
            (await client.SendAsync(traced)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // several polls of an empty outbox

        // Not the service's: the test harness opens connections to the maintenance database (creating and dropping
        // test databases), and a listener sees every activity of the process.
        exported.Where(a => a.DisplayName != "CONNECT postgres").Select(Describe).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_is_one_trace_with_its_database_commands_and_its_publication()
    {
        using var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.For(TestTenants.Next(), "operator"));

        (await client.PostJsonAsync(Organisations.Url, Organisations.Body("Cooperativa Traccia"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The server's span ends after the client has its answer, and under load after the outbox has published.
        static bool IsRequest(Activity a) => a.Source.Name == "Microsoft.AspNetCore" && a.DisplayName.StartsWith("POST", StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Task.FromResult(exported.Any(a => a.Source.Name == "MassTransit") && exported.Any(IsRequest)));
        var request = exported.Single(IsRequest);
        var trace = exported.Where(a => a.TraceId == request.TraceId).ToList();
        trace.ShouldContain(a => a.Source.Name == "Npgsql", Describe(request));
        trace.ShouldContain(a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Producer, string.Join('\n', exported.Select(Describe)));
    }

    private static string Describe(Activity a) => $"{a.Source.Name} {a.DisplayName} {a.TraceId}";

    private sealed class Recorder(ConcurrentQueue<Activity> into) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            // What an exporter's processor would pass on.
            if (data.Recorded)
            {
                into.Enqueue(data);
            }
        }
    }
}

[CollectionDefinition(TelemetryTests.Name, DisableParallelization = true)]
public sealed class TelemetryCollection;
