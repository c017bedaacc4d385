using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Rete.Testing;

/// <summary>
/// A throwaway PostgreSQL and RabbitMQ for one test process, started by the AppHost itself in its
/// infrastructure-only mode on the first test that needs them, and stopped when the process ends. So any test
/// project runs on its own with `dotnet test`, each beside the others and beside a developer's instance.
/// </summary>
public sealed class TestInfrastructure
{
    private const string TestDatabase = "test-db";
    private const string Postgres = "postgres";
    private const string Messaging = "messaging";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<TestInfrastructure> Instance = new(() => Task.Run(StartAsync).GetAwaiter().GetResult());

    private readonly DistributedApplication app;
    private readonly string home;

    private TestInfrastructure(DistributedApplication app, string home, string postgres, Uri rabbitMq)
    {
        this.app = app;
        this.home = home;
        PostgresConnection = postgres;
        RabbitMq = rabbitMq;
    }

    public static TestInfrastructure Current => Instance.Value;

    /// <summary>The server, as its superuser, on its maintenance database.</summary>
    public string PostgresConnection { get; }

    public Uri RabbitMq { get; }

    public Task StopBrokerAsync() => RunAsync(Messaging, KnownResourceCommands.StopCommand, healthy: false);

    public Task StartBrokerAsync() => RunAsync(Messaging, KnownResourceCommands.StartCommand, healthy: true);

    public Task StopPostgresAsync() => RunAsync(Postgres, KnownResourceCommands.StopCommand, healthy: false);

    public Task StartPostgresAsync() => RunAsync(Postgres, KnownResourceCommands.StartCommand, healthy: true);

    // Stop, then start: the new server must not start before the old one has let go of its port and data.
    public async Task RestartPostgresAsync()
    {
        await StopPostgresAsync();
        await StartPostgresAsync();
    }

    private async Task RunAsync(string resource, string command, bool healthy)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await app.RunCommandAsync(resource, command, timeout.Token);
        if (healthy)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }
        else
        {
            await app.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, timeout.Token);
        }
    }

    private static async Task<TestInfrastructure> StartAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var home = Path.Combine(Path.GetTempPath(), $"rete-test-{Guid.NewGuid():N}");
        var builder = await TestAppHost.CreateAsync(
        [
            "Rete:InfrastructureOnly=true",
            $"RETE_HOME={home}",
            $"RETE_PORT_OFFSET={FreeOffset()}",
            "RETE_PG_EPHEMERAL=1",
        ], timeout.Token);
        var app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(Postgres, timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(Messaging, timeout.Token);
        var infrastructure = new TestInfrastructure(app, home,
            await app.GetConnectionStringAsync(TestDatabase, timeout.Token) ?? throw new InvalidOperationException("no test database"),
            new Uri(await app.GetConnectionStringAsync(Messaging, timeout.Token) ?? throw new InvalidOperationException("no broker")));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => infrastructure.Stop();
        return infrastructure;
    }

    private void Stop()
    {
        try
        {
            app.StopAsync().Wait(TimeSpan.FromSeconds(30));
            app.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
            TestLogs.Keep(home, AppDomain.CurrentDomain.FriendlyName);
            Directory.Delete(home, recursive: true);
        }
        catch (Exception e) when (e is IOException or AggregateException or UnauthorizedAccessException)
        {
            // The process is ending: DCP stops what is left once the AppHost is gone, the temp cleaner the files.
        }
    }

    // A block of ports no one holds (a developer's instance has offset 0, other test processes theirs), from a
    // random start so that two processes starting at once rarely try the same. RetePorts allows offsets up to 5000.
    // The end-to-end system's block (2000 past RETE_PORT_OFFSET) is left to it: ./rete test starts it beside these
    // tests, and it may not have bound its ports yet.
    private static int FreeOffset()
    {
        var endToEnd = 2000 + (int.TryParse(Environment.GetEnvironmentVariable("RETE_PORT_OFFSET"), out var own) ? own : 0);
        var first = Random.Shared.Next(0, 40);
        for (var i = 0; i < 40; i++)
        {
            var offset = 1000 + ((first + i) % 40 * 100);
            if (offset != endToEnd && new[] { 25432, 25672, 25673, 25674, 25675 }.All(port => IsFree(port + offset)))
            {
                return offset;
            }
        }
        throw new InvalidOperationException("No free block of ports for the test infrastructure.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
