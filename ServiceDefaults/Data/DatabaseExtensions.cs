using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Rete.ServiceDefaults.Telemetry;

namespace Rete.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's PostgreSQL database from <c>ConnectionStrings:{name}</c> (Aspire.Npgsql's contract): one
    /// NpgsqlDataSource, the DbContext on top of it acting as the application role for the current tenant, a
    /// readiness check, migrations with row-level security applied at start in Development, and the retention purge.
    /// </summary>
    /// <param name="connection">A service's own settings of its connections (e.g. Indicators' planner settings).</param>
    public static IHostApplicationBuilder AddReteDatabase<TContext>(
        this IHostApplicationBuilder builder, string connectionName, Action<NpgsqlConnectionStringBuilder>? connection = null)
        where TContext : ReteDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        var applicationName = builder.Environment.ApplicationName;
        builder.Services.AddNpgsqlDataSource(connectionString, dataSource =>
        {
            dataSource.ConnectionStringBuilder.ApplicationName ??= applicationName;
            // A write runs the same handful of statements every time (the tenant's set_config, the inserts, the
            // outbox's claim and update, the inbox): prepared once per connection, PostgreSQL stops parsing and
            // planning them on every request. Plans still follow the role and row-level security (the server
            // re-plans when they change), and Npgsql keeps them across pooled opens.
            if (dataSource.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                dataSource.ConnectionStringBuilder.MaxAutoPrepare = 64;
            }
            dataSource.TraceOnlyWithinOperations();
            connection?.Invoke(dataSource.ConnectionStringBuilder);
        });
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<TenantConnectionInterceptor>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddDbContext<TContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), Configure)
            .AddInterceptors(sp.GetRequiredService<TenantConnectionInterceptor>(), sp.GetRequiredService<OutboxCommitInterceptor>()));
        builder.Services.AddScoped<ReteDbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddHealthChecks().AddNpgSql(name: ReteResources.Postgres, timeout: TimeSpan.FromSeconds(5));
        builder.AddRetentionPurge();

        var migrateOnStart = builder.Configuration.GetValue("Database:MigrateOnStart", builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(sp => new DatabaseInitializer<TContext>(sp, sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton<IDatabaseInitializer>(sp => sp.GetRequiredService<DatabaseInitializer<TContext>>());
        if (migrateOnStart)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer<TContext>>());
        }

        return builder;
    }

    // Here rather than in AddReteMessaging: every ReteDbContext has the outbox, inbox and idempotency tables, and a
    // service without messaging (Identity) still keeps idempotency records.
    private static void AddRetentionPurge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.IsValid, "Retention: every period and the interval must be positive, BatchSize 1 to 100000.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RetentionPurge>());
    }

    internal static void Configure(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("ef_migrations_history");
}
