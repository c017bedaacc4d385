using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Rete.ServiceDefaults.Data;

/// <summary>
/// Applies the committed migrations as the connection's (owner) user, then makes sure the application role
/// exists with data rights only, and that every tenant-owned table has row-level security forced on it; the retention
/// purge's role gets read and delete rights on the bookkeeping tables only.
/// Runs at start in Development; <c>--migrate-only</c> runs it alone for production.
/// </summary>
public sealed class DatabaseInitializer<TContext>(IServiceProvider services, NpgsqlDataSource dataSource) : IHostedService, IDatabaseInitializer
    where TContext : ReteDbContext
{
    public Task StartAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<DatabaseInitializer<TContext>>>();

        // Replicas of a service start together: one initialises while the others wait on this session lock, then
        // find nothing left to do. Concurrent GRANTs and policy changes would otherwise fail on the catalog.
        await using var initializationLock = await TakeInitializationLockAsync(cancellationToken);

        await using var scope = services.CreateAsyncScope();
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql(dataSource, DatabaseExtensions.Configure).Options;
        await using var db = ActivatorUtilities.CreateInstance<TContext>(scope.ServiceProvider, options);
        await db.Database.MigrateAsync(cancellationToken);

        var tables = db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && !e.IsOwned() && e.GetTableName() is not null)
            .Select(e => e.GetTableName()!)
            .Distinct()
            .ToList();
        var appendOnly = db.Model.GetEntityTypes()
            .Where(e => typeof(IAppendOnly).IsAssignableFrom(e.ClrType) && e.GetTableName() is not null)
            .Select(e => e.GetTableName()!)
            .Distinct()
            .ToList();
        await db.Database.ExecuteSqlRawAsync(SecuritySql(tables, appendOnly), cancellationToken);
        logger.LogInformation("Database ready: migrations applied, row-level security on {Count} tables", tables.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // A database that does not exist yet is created by the migration itself (a test's own database): there is
    // nobody to take turns with, and nothing to lock.
    private async Task<NpgsqlConnection?> TakeInitializationLockAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }

        // No command timeout: a replica waits for as long as the first one migrates (a first start on a busy machine
        // took over a minute), and the 30 s default made it crash instead, so the whole system never became healthy.
        await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({InitializationLock})", connection) { CommandTimeout = 0 };
        await take.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    // Any constant: each service has its own database, and the lock goes with the session when it closes.
    private const long InitializationLock = 0x5245_5445_0001;

    private static string AppendOnlySql(IEnumerable<string> tables) =>
        string.Concat(tables.Select(t => $"REVOKE UPDATE, DELETE, TRUNCATE ON \"{t}\" FROM {DatabaseRoles.Application};\n"));

    // A role without login that the owner (the connection string's user) can switch to.
    private static string CreateRoleSql(string role) =>
        $"""
        DO $$
        BEGIN
            CREATE ROLE {role} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;
        DO $$
        BEGIN
            IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                EXECUTE format('GRANT {role} TO %I', current_user);
            END IF;
        END $$;
        """;

    private static string SecuritySql(IEnumerable<string> tables, IEnumerable<string> appendOnly)
    {
        var revokes = AppendOnlySql(appendOnly);
        var role = DatabaseRoles.Application;
        var purge = DatabaseRoles.Retention;
        var setting = DatabaseRoles.TenantSetting;
        var policies = string.Concat(tables.Select(t =>
            $"""
            ALTER TABLE "{t}" ENABLE ROW LEVEL SECURITY;
            ALTER TABLE "{t}" FORCE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS tenant_isolation ON "{t}";
            CREATE POLICY tenant_isolation ON "{t}"
                USING (tenant_id = current_setting('{setting}', true))
                WITH CHECK (tenant_id = current_setting('{setting}', true));

            """));
        return $"""
            {CreateRoleSql(role)}
            {CreateRoleSql(purge)}
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            {policies}
            {revokes}
            GRANT USAGE ON SCHEMA public TO {purge};
            GRANT SELECT, DELETE ON outbox_messages, inbox_messages, idempotency_records TO {purge};
            -- The purge deletes expired idempotency records of every tenant; the tenant policy would show it none.
            -- A DELETE with a WHERE also needs the rows to pass a SELECT policy, hence both.
            DROP POLICY IF EXISTS retention_read ON idempotency_records;
            CREATE POLICY retention_read ON idempotency_records FOR SELECT TO {purge} USING (true);
            DROP POLICY IF EXISTS retention_delete ON idempotency_records;
            CREATE POLICY retention_delete ON idempotency_records FOR DELETE TO {purge} USING (true);
            """;
    }
}
