using System.ComponentModel;
using System.Diagnostics;

namespace Rete.AppHost.Infrastructure;

/// <summary>
/// Whether a container engine answers. Aspire's container resources wait for ever when none does (the client is
/// there, the engine is not), so the AppHost asks first: `docker info` with a short timeout, never a wait.
/// </summary>
internal static class ContainerEngine
{
    public static bool Answers(TimeSpan timeout)
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (docker is null)
            {
                return false;
            }
            // Drain the output so a chatty engine cannot block on a full pipe.
            _ = docker.StandardOutput.ReadToEndAsync();
            _ = docker.StandardError.ReadToEndAsync();
            if (!docker.WaitForExit(timeout))
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }
            return docker.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}
