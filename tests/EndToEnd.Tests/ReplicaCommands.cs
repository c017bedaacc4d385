using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rete.Testing;

namespace Rete.EndToEnd.Tests;

/// <summary>The replicas of a service in the running AppHost, stopped and started one at a time as an operator would from the dashboard.</summary>
public static class ReplicaCommands
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The ids of the service's replicas (registry-abcdwxyz), once they all run healthy.</summary>
    public static async Task<IReadOnlyList<string>> HealthyReplicasAsync(this DistributedApplication app, string service, int count)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var healthy = new HashSet<string>();
        await foreach (var change in app.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (change.Resource.Name != service)
            {
                continue;
            }
            if (change.Snapshot.HealthStatus == HealthStatus.Healthy)
            {
                healthy.Add(change.ResourceId);
            }
            else
            {
                healthy.Remove(change.ResourceId);
            }
            if (healthy.Count == count)
            {
                break;
            }
        }
        return [.. healthy.Order(StringComparer.Ordinal)];
    }

    public static async Task StopReplicaAsync(this DistributedApplication app, string service, string replica)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await app.RunCommandAsync(replica, KnownResourceCommands.StopCommand, timeout.Token);
        await app.ResourceNotifications.WaitForResourceAsync(service,
            e => e.ResourceId == replica && KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);
    }

    public static async Task StartReplicaAsync(this DistributedApplication app, string service, string replica)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await app.RunCommandAsync(replica, KnownResourceCommands.StartCommand, timeout.Token);
        await app.ResourceNotifications.WaitForResourceAsync(service,
            e => e.ResourceId == replica && e.Snapshot.HealthStatus == HealthStatus.Healthy, timeout.Token);
    }
}
