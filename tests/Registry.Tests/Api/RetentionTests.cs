using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Telemetry;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>
/// The retention purge deletes exactly the rows past their period (dispatched outbox rows after 30 days, processed
/// inbox rows after 30, idempotency records after 2), of every tenant, in batches, and nothing else.
/// </summary>
public sealed class RetentionTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_round_deletes_exactly_the_expired_rows_of_every_tenant_in_batches()
    {
        await using var factory = Started(new RetentionFactory(interval: "1.00:00:00"));
        var rows = new RetentionRows(factory);
        var (a, b) = (TestTenants.Next(), TestTenants.Next());

        var oldOutbox = new List<long>();
        var oldInbox = new List<Guid>();
        var oldKeys = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            oldOutbox.Add(await rows.OutboxAsync(i % 2 == 0 ? a : b, dispatchedAgo: 31 * Day));
            oldInbox.Add(await rows.InboxAsync(31 * Day));
            oldKeys.Add(await rows.IdempotencyAsync(i < 13 ? a : b, 3 * Day));
        }

        var keptOutbox = new List<long>
        {
            await rows.OutboxAsync(a, dispatchedAgo: 29 * Day),
            await rows.OutboxAsync(a),
            await rows.OutboxAsync(b, parkedAgo: 60 * Day),
        };
        var keptInbox = new List<Guid> { await rows.InboxAsync(29 * Day) };
        var keptKeys = new List<string> { await rows.IdempotencyAsync(a, Day), await rows.IdempotencyAsync(b, Day) };

        using var deletions = new Deletions();
        var round = await factory.Services.GetRequiredService<RetentionPurge>().RunOnceAsync(CancellationToken.None);

        round.ShouldBe(new RetentionRound(Outbox: 25, Inbox: 25, Idempotency: 25));
        (await rows.OutboxIdsAsync()).ShouldBe(keptOutbox, ignoreOrder: true);
        (await rows.InboxIdsAsync()).ShouldBe(keptInbox, ignoreOrder: true);
        (await rows.IdempotencyKeysAsync()).ShouldBe(keptKeys, ignoreOrder: true);
        foreach (var table in new[] { "outbox_messages", "inbox_messages", "idempotency_records" })
        {
            deletions.Of(table).ShouldBe([10, 10, 5], $"the batches that emptied {table}");
        }
    }

    [Fact]
    public async Task The_purge_role_reads_and_deletes_only_and_the_application_role_still_sees_one_tenant()
    {
        await using var factory = Started(new RetentionFactory(interval: "1.00:00:00"));
        var rows = new RetentionRows(factory);
        var (a, b) = (TestTenants.Next(), TestTenants.Next());
        await rows.IdempotencyAsync(a, Day);
        await rows.IdempotencyAsync(b, Day);

        await using var connection = await factory.OpenOwnerConnectionAsync();
        (await CountAsAsync(connection, "rete_retention", "")).ShouldBe(2);
        (await CountAsAsync(connection, "rete_app", a)).ShouldBe(1);
        var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(connection,
            "BEGIN; SET LOCAL ROLE rete_retention; UPDATE idempotency_records SET fingerprint = 'x'; COMMIT;"));
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_hosted_service_purges_on_its_own_every_interval()
    {
        await using var factory = Started(new RetentionFactory(interval: "00:00:00.200"));
        var rows = new RetentionRows(factory);
        var tenant = TestTenants.Next();
        var expired = await rows.OutboxAsync(tenant, dispatchedAgo: 40 * Day);
        var kept = await rows.OutboxAsync(tenant, dispatchedAgo: Day);
        await rows.IdempotencyAsync(tenant, 3 * Day);
        var key = await rows.IdempotencyAsync(tenant, TimeSpan.FromHours(1));

        await Eventually.TrueAsync(async () => !(await rows.OutboxIdsAsync()).Contains(expired)
            && (await rows.IdempotencyKeysAsync()).Count == 1);
        (await rows.OutboxIdsAsync()).ShouldBe([kept]);
        (await rows.IdempotencyKeysAsync()).ShouldBe([key]);
    }

    private static RetentionFactory Started(RetentionFactory factory)
    {
        factory.CreateClient().Dispose();
        return factory;
    }

    // No WHERE on tenant_id: only the policies decide what the role sees.
    private static async Task<long> CountAsAsync(NpgsqlConnection connection, string role, string tenant)
    {
        await using var command = new NpgsqlCommand(
            """
            BEGIN;
            SELECT set_config('role', @role, true), set_config('rete.tenant_id', @tenant, true);
            SELECT count(*) FROM idempotency_records;
            COMMIT;
            """, connection);
        command.Parameters.AddWithValue("role", role);
        command.Parameters.AddWithValue("tenant", tenant);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every measurement of <c>rete.retention.deleted</c> while it lives, by table, in order.</summary>
    private sealed class Deletions : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentQueue<(string Table, long Rows)> seen = new();

        public Deletions()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ReteTelemetry.MessagingName && instrument.Name == "rete.retention.deleted")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "db.collection.name")
                    {
                        seen.Enqueue(((string)tag.Value!, value));
                    }
                }
            });
            listener.Start();
        }

        public List<long> Of(string table) => seen.Where(m => m.Table == table).Select(m => m.Rows).ToList();

        public void Dispose() => listener.Dispose();
    }
}
