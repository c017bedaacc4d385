using Aspire.Hosting;

namespace Rete.Testing;

/// <summary>The dashboard's resource commands (stop, start, restart), run from a test against its AppHost.</summary>
public static class ResourceCommands
{
    /// <summary>Runs the command on one resource (a replica's id when there are several) and fails loudly if it fails.</summary>
    public static async Task RunCommandAsync(this DistributedApplication app, string resourceId, string command, CancellationToken cancellationToken)
    {
        var result = await app.ResourceCommands.ExecuteCommandAsync(resourceId, command, cancellationToken);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} {resourceId}: {result.Message}");
        }
    }
}
