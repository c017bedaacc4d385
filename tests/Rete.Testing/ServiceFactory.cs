using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Testing;

/// <summary>
/// Hosts one Rete service in-process against the real test PostgreSQL (a fresh database per factory) and the
/// real test RabbitMQ vhost, configured exactly through the keys Aspire and the launcher use.
/// </summary>
public class ServiceFactory<TProgram>(string connectionName, string serviceName) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public string DatabaseName { get; } = $"{serviceName}_test_{Guid.NewGuid():N}"[..40];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = DatabaseName }.ConnectionString;

    /// <summary>More host configuration a test needs (e.g. <see cref="TelemetryCapture.ApplyTo"/>), applied last.</summary>
    public Action<IWebHostBuilder>? Configure { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{connectionName}", ConnectionString);
        builder.UseSetting($"ConnectionStrings:{ReteResources.Messaging}", TestEnvironment.RabbitMq.ToString());
        builder.UseSetting("Auth:SigningKey", TestEnvironment.SigningKey);
        builder.UseSetting("Auth:Issuer", TestEnvironment.Issuer);
        builder.UseSetting("Auth:Audience", TestEnvironment.Audience);
        builder.UseSetting("OTEL_SERVICE_NAME", serviceName);
        builder.UseSetting(KnownTenants.Section, TestTenants.Setting);
        Configure?.Invoke(builder);
    }

    /// <summary>An HTTP client acting for a tenant with the given roles.</summary>
    public HttpClient ClientFor(string tenant, params string[] roles) => WithToken(Tokens.For(tenant, roles));

    /// <summary>
    /// An HTTP client with the token; a careful client (the default) sends a change it forgot the If-Match of again
    /// with the version it reads (<see cref="ReadBeforeChange"/>).
    /// </summary>
    public HttpClient WithToken(string token, bool careful = true)
    {
        var client = careful ? CreateDefaultClient(new ReadBeforeChange()) : CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>A connection as the database owner: sees every tenant's rows (RLS does not bind superusers).</summary>
    public async Task<NpgsqlConnection> OpenOwnerConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        GC.SuppressFinalize(this);
    }
}
