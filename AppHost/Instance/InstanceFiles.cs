using System.Collections.Concurrent;
using System.Text;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;

namespace Rete.AppHost.Instance;

/// <summary>
/// What ./rete reads of a running AppHost, kept in the instance directory: its pid, one line per resource
/// (name, state, health, addresses) and each resource's console output in logs/{name}.log. The dashboard shows
/// the same; these files are for the shell, for CI logs and for a machine without a browser.
/// </summary>
internal sealed class InstanceFiles(
    InstanceDirectory instance,
    ResourceNotificationService notifications,
    ResourceLoggerService logs) : BackgroundService, IHostedLifecycleService
{
    private readonly ConcurrentDictionary<string, string> lines = new();
    private readonly ConcurrentDictionary<string, Task> copies = new();
    private readonly Lock writing = new();

    // Started before every other hosted service: Aspire's own start returns only once every resource has been created,
    // and a resource waiting for one that failed would otherwise keep ./rete from ever reading about the failure.
    public Task StartingAsync(CancellationToken cancellationToken) => base.StartAsync(cancellationToken);

    public override Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(instance.Logs);
        File.WriteAllText(instance.PidFile, Environment.ProcessId.ToString());
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is not (ProjectResource or ExecutableResource or ContainerResource)
                    || change.Snapshot.IsHidden)
                {
                    continue;
                }
                var name = NameOf(change.Resource, change.ResourceId);
                lines[name] = Line(name, change.Snapshot);
                WriteResources();
                _ = copies.GetOrAdd(name, _ => CopyLogAsync(change.ResourceId, name, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        File.Delete(instance.ResourcesFile);
        File.Delete(instance.PidFile);
    }

    // A replica is named by its id (registry-abc12), a single resource by its name.
    private static string NameOf(IResource resource, string resourceId) =>
        resource.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas) && replicas.Replicas > 1
            ? resourceId
            : resource.Name;

    private static string Line(string name, CustomResourceSnapshot snapshot)
    {
        var state = snapshot.State?.Text is { Length: > 0 } text ? text : "Starting";
        if (snapshot.ExitCode is { } exitCode)
        {
            state += $"({exitCode})";
        }
        var health = snapshot.HealthStatus?.ToString() ?? "-";
        var urls = string.Join(' ', snapshot.Urls.Where(url => !url.IsInternal).Select(url => url.Url));
        return $"{name}\t{state}\t{health}\t{urls}";
    }

    private void WriteResources()
    {
        lock (writing)
        {
            var content = string.Concat(lines.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Value + "\n"));
            InstanceDirectory.WriteAtomically(instance.ResourcesFile, content);
        }
    }

    private async Task CopyLogAsync(string resourceId, string name, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using var log = new StreamWriter(Path.Combine(instance.Logs, $"{name}.log"), append: true,
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(stoppingToken))
            {
                foreach (var line in batch)
                {
                    await log.WriteLineAsync(line.Content);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
