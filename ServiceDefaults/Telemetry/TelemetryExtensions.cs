using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Rete.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    // Sources without an instrumentation package: the bus, the proxy and Rete's own.
    private static readonly string[] Sources = ["MassTransit", "Yarp.ReverseProxy", "Rete.*"];

    private static readonly string[] Meters =
        ["Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "MassTransit", "Rete.*"];

    public static IHostApplicationBuilder AddReteTelemetry(this IHostApplicationBuilder builder)
    {
        // Structured logs on the console too, each line carrying its trace.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(t => t
                .AddSource(Sources)
                // Probes answer every few seconds: as traces they would bury the real ones.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation());

        // Export only when an endpoint is configured, as Aspire does. Without one nobody reads a span, and recording
        // every request's tree of them costs CPU on every write (docs/benchmarks.md): unless a sampler is asked for
        // (OTEL_TRACES_SAMPLER), root spans are dropped, but their trace ids still flow (logs, traceparent to other
        // services and the outbox), and a caller that sampled its trace still gets this service's spans.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
        else if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_TRACES_SAMPLER"]))
        {
            otel.WithTracing(t => t.SetSampler(new ParentBasedSampler(new AlwaysOffSampler())));
        }

        return builder;
    }

    /// <summary>
    /// Database commands are traced only inside a recorded operation: the idle outbox poll has none around it, and
    /// the readiness check runs inside a probe's request, which the filter above leaves unrecorded.
    /// </summary>
    public static NpgsqlDataSourceBuilder TraceOnlyWithinOperations(this NpgsqlDataSourceBuilder dataSource) =>
        dataSource.ConfigureTracing(o => o
            // A pool opens connections whenever it likes (after pruning idle ones too): not the work of a request.
            .EnablePhysicalOpenTracing(false)
            .ConfigureCommandFilter(_ => WithinRecordedOperation())
            .ConfigureBatchFilter(_ => WithinRecordedOperation()));

    private static bool WithinRecordedOperation() => System.Diagnostics.Activity.Current is { Recorded: true };

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
