using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>A Registry whose retention purge deletes 10 rows per batch and pauses for the given interval.</summary>
public sealed class RetentionFactory(string interval) : ServiceFactory<Program>(ReteResources.RegistryDb, ReteResources.Registry)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Retention:BatchSize", "10");
        builder.UseSetting("Retention:Interval", interval);
    }
}

/// <summary>Writes outbox, inbox and idempotency rows of a given age straight into the database, and reads what is left.</summary>
public sealed class RetentionRows(RetentionFactory factory)
{
    // An event type that resolves to nothing: if the dispatcher claims the row it parks it, it never publishes it.
    private const string ProbeType = "Rete.Contracts.Registry.RetentionProbe";

    public Task<long> OutboxAsync(string tenant, TimeSpan? dispatchedAgo = null, TimeSpan? parkedAgo = null) =>
        ScalarAsync<long>(
            """
            INSERT INTO outbox_messages (message_id, tenant_id, type, payload, occurred_at, dispatched_at, parked_at, attempts)
            VALUES (gen_random_uuid(), @tenant, @type, '{}', now() - interval '90 days', now() - @dispatched, now() - @parked, 1)
            RETURNING id
            """,
            new("tenant", tenant), new("type", ProbeType), Ago("dispatched", dispatchedAgo), Ago("parked", parkedAgo));

    public Task<Guid> InboxAsync(TimeSpan processedAgo) =>
        ScalarAsync<Guid>(
            "INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES (gen_random_uuid(), 'RetentionTests', now() - @ago) RETURNING message_id",
            Ago("ago", processedAgo));

    public Task<string> IdempotencyAsync(string tenant, TimeSpan createdAgo) =>
        ScalarAsync<string>(
            """
            INSERT INTO idempotency_records (tenant_id, key, fingerprint, status_code, body, created_at)
            VALUES (@tenant, gen_random_uuid()::text, 'f', 201, '\x7b7d', now() - @ago) RETURNING key
            """,
            new("tenant", tenant), Ago("ago", createdAgo));

    public Task<List<long>> OutboxIdsAsync() => ListAsync<long>("SELECT id FROM outbox_messages");

    public Task<List<Guid>> InboxIdsAsync() => ListAsync<Guid>("SELECT message_id FROM inbox_messages");

    public Task<List<string>> IdempotencyKeysAsync() => ListAsync<string>("SELECT key FROM idempotency_records");

    // As the owner (a superuser in the tests): row-level security shows it every tenant's rows.
    private async Task<T> ScalarAsync<T>(string sql, params NpgsqlParameter[] parameters)
    {
        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);

        return (T)(await command.ExecuteScalarAsync())!;
    }

    // Typed, so that a missing age (NULL) still makes an interval.
    private static NpgsqlParameter Ago(string name, TimeSpan? ago) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Interval) { Value = (object?)ago ?? DBNull.Value };

    private async Task<List<T>> ListAsync<T>(string sql)
    {
        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
