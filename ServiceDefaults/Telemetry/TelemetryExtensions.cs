using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Rete.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    // The framework's own sources and meters: the instrumentation packages are not needed for full traces.
    private static readonly string[] Sources =
        ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", "Yarp.ReverseProxy", "Rete.*"];

    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting",
        "System.Net.Http", "System.Runtime", "Npgsql", "MassTransit", "Rete.*",
    ];

    public static IHostApplicationBuilder AddReteTelemetry(this IHostApplicationBuilder builder)
    {
        // Structured logs on the console too (the launcher keeps them in .rete/logs), each line carrying its trace.
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

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var otel = new OpenTelemetryServicesBuilder(builder.Services)
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t => t.AddSource(Sources).SetSampler(new ParentBasedSampler(new AlwaysOnSampler())))
            .WithMetrics(m => m.AddMeter(Meters));

        // Export only when an endpoint is configured, as Aspire does.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        builder.Services.AddHostedService<TelemetryStarter>();
        return builder;
    }

    public static IApplicationBuilder UseRouteNamedSpans(this IApplicationBuilder app) =>
        app.UseMiddleware<RouteSpanMiddleware>();
}
