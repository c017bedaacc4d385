using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.EndToEnd.Tests;

/// <summary>
/// The whole system as ./rete up runs it: the AppHost (Aspire.Hosting.Testing) with its PostgreSQL, RabbitMQ,
/// services and gateway, loaded with the seed data, with two replicas of every business service (as
/// <c>RETE_REPLICAS=2</c>), so every end-to-end test also runs scaled out. Its data is thrown away: PostgreSQL runs without fsync in a
/// fresh directory. Registered tenants: the sample
/// consortia and the pool of <see cref="TestTenants"/>.
/// </summary>
public sealed class ReteSystem : IAsyncLifetime
{
    // Beside the developer's instance (RETE_PORT_OFFSET) and the integration tests' infrastructure (+1000).
    private static readonly int PortOffset =
        2000 + (int.TryParse(Environment.GetEnvironmentVariable("RETE_PORT_OFFSET"), out var offset) ? offset : 0);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(15);
    public const int Replicas = 2;
    private static ReteSystem? current;

    private readonly string home = Path.Combine(Path.GetTempPath(), $"rete-e2e-{Guid.NewGuid():N}");
    private DistributedApplication? app;

    public static ReteSystem Current => current ?? throw new InvalidOperationException(
        $"The system is not running: put the test class in [Collection({nameof(ReteSystemCollection)}.Name)].");

    public Uri Gateway { get; private set; } = null!;

    /// <summary>Registry's database, as its owner (sees every tenant's rows).</summary>
    public string RegistryDatabase { get; private set; } = null!;

    /// <summary>Grants' database, as its owner.</summary>
    public string GrantsDatabase { get; private set; } = null!;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The system is not running.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await TestAppHost.CreateAsync(
        [
            $"RETE_HOME={home}",
            $"RETE_PORT_OFFSET={PortOffset}",
            "RETE_PG_EPHEMERAL=1",
            $"Rete:Replicas={Replicas}",
            $"Tenancy:Tenants={TestTenants.Setting}",
        ], timeout.Token);
        app = await builder.BuildAsync(timeout.Token);
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using var watching = new CancellationTokenSource();
        var failure = FirstFailureAsync(app, starting, watching.Token);
        try
        {
            await app.StartAsync(starting.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync(ReteResources.Gateway, starting.Token);
        }
        catch (OperationCanceledException) when (failure.IsCompletedSuccessfully && failure.Result is { } failed)
        {
            throw new InvalidOperationException($"The system did not start: {failed} (its log is among the end-to-end logs).");
        }
        finally
        {
            await watching.CancelAsync();
        }

        Gateway = app.GetEndpoint(ReteResources.Gateway, "http");
        RegistryDatabase = await app.GetConnectionStringAsync(ReteResources.RegistryDb, timeout.Token)
            ?? throw new InvalidOperationException("The AppHost gave Registry no database.");
        GrantsDatabase = await app.GetConnectionStringAsync(ReteResources.GrantsDb, timeout.Token)
            ?? throw new InvalidOperationException("The AppHost gave Grants no database.");
        await SeedAsync("seed.log", timeout.Token);
        current = this;
    }

    public async Task DisposeAsync()
    {
        current = null;
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        TestLogs.Keep(home, "end-to-end");
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
            // The throwaway cluster's last files may still be closing: the system's temp cleaner takes them.
        }
    }

    /// <summary>
    /// The first resource that fails while the system starts (its name and state), after which the start is cancelled:
    /// a resource waiting for a failed one would otherwise wait for the whole start timeout.
    /// </summary>
    private static async Task<string?> FirstFailureAsync(DistributedApplication app, CancellationTokenSource start, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                var state = change.Snapshot.State?.Text;
                if (state == KnownResourceStates.FailedToStart || (change.Snapshot.ExitCode is { } code && code != 0))
                {
                    await start.CancelAsync();
                    return $"{change.ResourceId} {state} ({change.Snapshot.ExitCode})";
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }

    /// <summary>The seeder, as ./rete up runs it: a process from its own build output, through the gateway.</summary>
    public async Task SeedAsync(string logName, CancellationToken cancellationToken)
    {
        var root = TestAppHost.RepositoryRoot;
        var seeder = Path.Combine(root, "seeds", "Rete.Seeds", "bin", TestAppHost.Configuration, "net10.0", "Rete.Seeds.dll");
        var start = new ProcessStartInfo("dotnet", [seeder, "--gateway", Gateway.ToString().TrimEnd('/'), "--data", Path.Combine(root, "seeds", "data")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        // Kept with the AppHost's logs (RETE_TEST_RESULTS): each stage's time is in it.
        var logs = Directory.CreateDirectory(Path.Combine(home, "logs"));
        await File.WriteAllTextAsync(Path.Combine(logs.FullName, logName), await output + await errors, cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The seeder failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReteSystemCollection : ICollectionFixture<ReteSystem>
{
    public const string Name = "The whole system";
}
