using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Faults.Tests;

/// <summary>
/// A Rete service run as a real child process from its build output (dotnet Rete.X.dll), with the environment the
/// launcher gives it, against the test PostgreSQL (a database of its own) and the run's RabbitMQ vhost, so that a
/// test can kill it outright (SIGKILL) and start it again on the same database and queues.
/// </summary>
public sealed class ServiceProcess(string service, string connectionName, string projectDirectory) : IAsyncDisposable
{
    private readonly List<string> log = [];
    private Process? process;

    public string DatabaseName { get; } = $"{service}_faults_{Guid.NewGuid():N}"[..40];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = DatabaseName }.ConnectionString;

    public Uri Address { get; } = new($"http://127.0.0.1:{FreePort()}");

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return string.Join('\n', log.TakeLast(40));
            }
        }
    }

    public async Task StartAsync()
    {
        var output = OutputDirectory();
        var dll = Path.Combine(output, $"Rete.{char.ToUpperInvariant(service[0])}{service[1..]}.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is not built: build Rete.sln first");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/');
        start.Environment["OTEL_SERVICE_NAME"] = service;
        start.Environment[$"ConnectionStrings__{connectionName}"] = ConnectionString;
        start.Environment[$"ConnectionStrings__{ReteResources.Messaging}"] = TestEnvironment.RabbitMq.ToString();
        start.Environment["Auth__SigningKey"] = TestEnvironment.SigningKey;
        start.Environment["Auth__Issuer"] = TestEnvironment.Issuer;
        start.Environment["Auth__Audience"] = TestEnvironment.Audience;
        start.Environment["Tenancy__Tenants"] = TestTenants.Setting;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            process.HasExited.ShouldBeFalse($"{service} exited while starting:\n{Log}");
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{service} did not become healthy:\n{Log}");
    }

    /// <summary>Ends the process at once (SIGKILL): no graceful shutdown, in-flight messages unacknowledged.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async Task<NpgsqlConnection> OpenOwnerConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Add(line);
            if (log.Count > 500)
            {
                log.RemoveRange(0, 100);
            }
        }
    }

    /// <summary>The service's build output in the configuration these tests were built in (bin/Release/net10.0).</summary>
    private string OutputDirectory()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Rete.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("the repository root (Rete.sln) was not found above the test output");
        return Path.Combine(root.FullName, projectDirectory, "bin", configuration, framework);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
