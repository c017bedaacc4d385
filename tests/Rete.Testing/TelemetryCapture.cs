using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Rete.Testing;

/// <summary>
/// Keeps every log line (Debug and up) of a service hosted in the test and every span finished in the process, for
/// canary tests: a value that must never leave a service is looked for in them.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener listener;

    public TelemetryCapture()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => Spans.Enqueue(Describe(a)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    public ConcurrentQueue<string> Logs { get; } = new();

    public ConcurrentQueue<string> Spans { get; } = new();

    /// <summary>Turns the service's logging up to Debug and copies every line here.</summary>
    public void ApplyTo(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Debug");
        builder.UseSetting("Logging:LogLevel:MassTransit", "Debug");
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingProvider(Logs)));
    }

    public void Dispose() => listener.Dispose();

    private static string Describe(Activity a) => string.Join(" | ",
        new[] { a.Source.Name, a.OperationName, a.DisplayName, a.StatusDescription ?? "" }
            .Concat(a.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(a.Baggage.Select(b => $"{b.Key}={b.Value}"))
            .Concat(a.Events.SelectMany(e => new[] { e.Name }.Concat(e.Tags.Select(t => $"{t.Key}={t.Value}")))));

    private sealed class CapturingProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            logs.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} {exception} " +
                (state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")) : ""));
    }
}
