using System.Diagnostics;

namespace Rete.Testing;

/// <summary>Stops and starts the test broker and database through the scripts `./rete test` provides, to test outages.</summary>
public static class Infrastructure
{
    public static Task StopBrokerAsync() => RunAsync(TestEnvironment.BrokerControl, "stop");

    public static Task StartBrokerAsync() => RunAsync(TestEnvironment.BrokerControl, "start");

    public static Task RestartPostgresAsync() => RunAsync(TestEnvironment.PostgresControl, "restart");

    private static async Task RunAsync(string script, string verb)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {verb} failed: {await stderr}");
        }
    }
}
