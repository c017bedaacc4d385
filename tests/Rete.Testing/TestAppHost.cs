using System.Reflection;
using Aspire.Hosting.Testing;

namespace Rete.Testing;

/// <summary>The AppHost, as the tests start it: loaded from its build output, in the tests' configuration.</summary>
public static class TestAppHost
{
    public static readonly string Configuration =
        typeof(TestAppHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static Task<IDistributedApplicationTestingBuilder> CreateAsync(string[] args, CancellationToken cancellationToken)
    {
        var path = Path.Combine(RepositoryRoot, "AppHost", "bin", Configuration, "net10.0", "Rete.AppHost.dll");
        var entryPoint = Assembly.LoadFrom(path).EntryPoint?.DeclaringType
            ?? throw new InvalidOperationException($"{path} has no entry point.");
        return DistributedApplicationTestingBuilder.CreateAsync(entryPoint, args, cancellationToken);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rete.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Rete.sln not found above {AppContext.BaseDirectory}.");
    }
}
