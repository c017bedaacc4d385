using Microsoft.Extensions.DependencyInjection;
using Rete.ServiceDefaults;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Rete.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ from the OS packages, run as executable resources, for machines without a container
/// engine. State lives under <c>{state}/pg</c> and <c>{state}/rabbitmq</c> (the launcher's layout, so an instance
/// keeps its data). Every process runs in the foreground under DCP: stopping the AppHost stops them all.
/// </summary>
internal sealed class LocalInfrastructure : IReteInfrastructure
{
    private const string PgBin = "/usr/lib/postgresql/15/bin";
    private const string RabbitMqBin = "/usr/lib/rabbitmq/bin";

    // For an instance whose data is thrown away (the end-to-end tests): no waiting for the disk.
    private static readonly string[] ThrowawaySettings =
        ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

    private readonly IDistributedApplicationBuilder builder;
    private readonly RetePorts ports;
    private readonly IResourceBuilder<ExecutableResource> postgres;
    private readonly List<string> databases = [];
    private bool databasesCreated;

    public LocalInfrastructure(IDistributedApplicationBuilder builder, RetePorts ports, string state)
    {
        this.builder = builder;
        this.ports = ports;
        postgres = AddPostgres(builder, Path.Combine(state, "pg"));
        var broker = AddRabbitMq(builder, Path.Combine(state, "rabbitmq"));
        Messaging = new Dependency(broker, broker);
    }

    public Dependency Messaging { get; }

    public Dependency Database(string name, string databaseName)
    {
        databases.Add(databaseName);
        var connectionString = builder.AddConnectionString(name, ReferenceExpression.Create($"{ConnectionString(databaseName)}"));
        return new Dependency(connectionString, postgres);
    }

    private IResourceBuilder<ExecutableResource> AddPostgres(IDistributedApplicationBuilder builder, string dir)
    {
        var isRoot = Environment.UserName == "root";
        var owner = isRoot ? DevelopmentCredentials.PostgresUser : Environment.UserName;

        // One shot: the cluster is created once (initdb) and kept; later runs find it and exit at once.
        var init = builder.AddExecutable("postgres-init", "/bin/sh", builder.AppHostDirectory,
                Path.Combine(builder.AppHostDirectory, "Infrastructure", "postgres-init.sh"), dir, PgBin, owner)
            .WithEnvironment("RETE_PG_PASSWORD", DevelopmentCredentials.Password);

        // Postgres refuses to run as root: as root it runs as the postgres user.
        string[] server = [Path.Combine(PgBin, "postgres"), "-D", Path.Combine(dir, "data"),
            "-p", ports.Postgres.ToString(), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300",
            .. builder.Configuration["RETE_PG_EPHEMERAL"] == "1" ? ThrowawaySettings : []];
        // setpriv runs the server in its own process (runuser would stay as its parent and turn every signal into
        // a SIGTERM, then a SIGKILL).
        string[] command = isRoot
            ? ["setpriv", $"--reuid={owner}", $"--regid={owner}", "--init-groups", "--", .. server]
            : server;
        var pg = builder.AddExecutable(ReteResources.Postgres, "/bin/sh", "/",
            [Path.Combine(builder.AppHostDirectory, "Infrastructure", "postgres-run.sh"), .. command]);

        var health = $"{ReteResources.Postgres}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(health, CheckPostgresAsync);

        return pg
            .WithEndpoint(name: "tcp", port: ports.Postgres, targetPort: ports.Postgres, scheme: "tcp", isProxied: false)
            .WaitForCompletion(init)
            .WithHealthCheck(health);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={ports.Postgres};Username={DevelopmentCredentials.PostgresUser};Password={DevelopmentCredentials.Password};Database={database}";

    // Healthy once the server answers and every service's database exists (created on the first success, as
    // AddDatabase does for containers), so a service never starts before its database.
    private async Task<HealthCheckResult> CheckPostgresAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection($"{ConnectionString("postgres")};Timeout=3;Pooling=false");
            await connection.OpenAsync(cancellationToken);
            if (!databasesCreated)
            {
                await CreateMissingDatabasesAsync(connection, cancellationToken);
                databasesCreated = true;
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }

    private async Task CreateMissingDatabasesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
            {
                Parameters = { new() { Value = database } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // The name is ours (ReteResources), never user input; identifiers cannot be parameters.
                await using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private IResourceBuilder<LocalRabbitMqResource> AddRabbitMq(IDistributedApplicationBuilder builder, string dir)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            WriteRabbitMqConfiguration(dir);
        }

        // The broker's own port mapper, in the foreground: one started by the broker would daemonise and
        // outlive the AppHost.
        var epmd = builder.AddExecutable("epmd", FindEpmd(), dir,
            "-address", "127.0.0.1", "-port", ports.Epmd.ToString());

        var health = $"{ReteResources.Messaging}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(health, CheckRabbitMqAsync);

        var amqp = $"amqp://{DevelopmentCredentials.RabbitMqUser}:{DevelopmentCredentials.Password}@127.0.0.1:{ports.Amqp}/";
        return builder.AddResource(new LocalRabbitMqResource(
                ReteResources.Messaging, Path.Combine(RabbitMqBin, "rabbitmq-server"), dir, amqp))
            .WithEnvironment("HOME", Path.Combine(dir, "home")) // .erlang.cookie, shared with the CLI tools
            .WithEnvironment("PATH", $"{RabbitMqBin}:{Environment.GetEnvironmentVariable("PATH")}")
            .WithEnvironment("RABBITMQ_NODENAME", "rete@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", ports.Amqp.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", ports.ErlangDistribution.ToString())
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", ports.Epmd.ToString())
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(dir, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(dir, "log"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(dir, "rabbitmq.pid"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(dir, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(dir, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_ADVANCED_CONFIG_FILE", Path.Combine(dir, "advanced.config"))
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(dir, "rabbitmq-env.conf"))
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEndpoint(name: "tcp", port: ports.Amqp, targetPort: ports.Amqp, scheme: "tcp", isProxied: false)
            .WithHttpEndpoint(name: "management", port: ports.Management, targetPort: ports.Management, isProxied: false)
            .WaitForStart(epmd)
            .WithHealthCheck(health);
    }

    private void WriteRabbitMqConfiguration(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "log"));
        var home = Directory.CreateDirectory(Path.Combine(dir, "home"));
        if (!OperatingSystem.IsWindows())
        {
            home.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }
        // On first boot the broker creates the rete administrator with full rights on "/", and no guest.
        File.WriteAllText(Path.Combine(dir, "rabbitmq.conf"), $"""
            # written by the AppHost (development only)
            listeners.tcp.default = 127.0.0.1:{ports.Amqp}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {ports.Management}
            default_vhost = /
            default_user = {DevelopmentCredentials.RabbitMqUser}
            default_pass = {DevelopmentCredentials.Password}
            default_user_tags.administrator = true
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
            log.file.level = info
            log.console = true
            log.console.level = warning

            """);
        File.WriteAllText(Path.Combine(dir, "enabled_plugins"), "[rabbitmq_management].\n");
        File.WriteAllText(Path.Combine(dir, "rabbitmq-env.conf"), "");
        File.WriteAllText(Path.Combine(dir, "advanced.config"), "[].\n");
    }

    private static readonly HttpClient Management = new() { Timeout = TimeSpan.FromSeconds(3) };

    // Healthy once the AMQP listener and the management API answer (they open last in the broker's boot).
    private async Task<HealthCheckResult> CheckRabbitMqAsync(CancellationToken cancellationToken)
    {
        try
        {
            using (var amqp = new System.Net.Sockets.TcpClient())
            {
                await amqp.ConnectAsync("127.0.0.1", ports.Amqp, cancellationToken);
            }
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{ports.Management}/api/overview");
            request.Headers.Authorization = new("Basic", Convert.ToBase64String(
                System.Text.Encoding.UTF8.GetBytes($"{DevelopmentCredentials.RabbitMqUser}:{DevelopmentCredentials.Password}")));
            using var response = await Management.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"management API: {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }

    private static string FindEpmd()
    {
        foreach (var candidate in new[] { "/usr/bin/epmd" }.Concat(
                     Directory.Exists("/usr/lib/erlang") ? Directory.GetFiles("/usr/lib/erlang", "epmd", SearchOption.AllDirectories) : []))
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return "epmd";
    }
}
