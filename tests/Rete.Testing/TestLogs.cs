namespace Rete.Testing;

/// <summary>
/// Keeps the console logs of a test's AppHost (each resource's, from its throwaway RETE_HOME) where ./rete test
/// collects its results (<c>RETE_TEST_RESULTS</c>), so a failure in CI can be read after the run.
/// </summary>
public static class TestLogs
{
    public static void Keep(string home, string name)
    {
        var results = Environment.GetEnvironmentVariable("RETE_TEST_RESULTS");
        var logs = Path.Combine(home, "logs");
        if (string.IsNullOrEmpty(results) || !Directory.Exists(logs))
        {
            return;
        }

        var target = Directory.CreateDirectory(Path.Combine(results, "apphost-logs", $"{name}-{Environment.ProcessId}"));
        foreach (var file in Directory.EnumerateFiles(logs, "*.log"))
        {
            try
            {
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)), overwrite: true);
            }
            catch (IOException)
            {
                // A log still being written is copied as far as it goes next time, or not at all: logs never fail a run.
            }
        }
    }
}
