using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Rete.ServiceDefaults.Telemetry;

namespace Rete.ServiceDefaults.Data;

/// <summary>
/// Deletes the outbox, inbox and idempotency rows that have outlived <see cref="RetentionOptions"/>, a batch per
/// short transaction until none is left, then sleeps for the interval. It acts as <see cref="DatabaseRoles.Retention"/>:
/// idempotency records are tenant-owned, and that role alone has a policy that shows it every tenant's rows.
/// Several instances may run at once: they only ever delete the same expired rows.
/// </summary>
public sealed partial class RetentionPurge(
    NpgsqlDataSource dataSource, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionPurge> logger)
    : BackgroundService
{
    // The first minute after start belongs to the service's own start (migrations, warming up, the outbox backlog).
    private static readonly TimeSpan FirstRound = TimeSpan.FromMinutes(1);

    private readonly RetentionOptions settings = options.Value;

    /// <summary>One round: every expired row of the three tables, whatever its tenant.</summary>
    public async Task<RetentionRound> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var round = new RetentionRound(
            await PurgeAsync(connection, "outbox_messages", "dispatched_at < @cutoff AND parked_at IS NULL", now - settings.Outbox, cancellationToken),
            await PurgeAsync(connection, "inbox_messages", "processed_at < @cutoff", now - settings.Inbox, cancellationToken),
            await PurgeAsync(connection, "idempotency_records", "created_at < @cutoff", now - settings.Idempotency, cancellationToken));
        if (round.Total > 0)
        {
            LogPurged(logger, round.Outbox, round.Inbox, round.Idempotency);
        }

        return round;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = settings.Interval < FirstRound ? settings.Interval : FirstRound;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = settings.Interval;
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Nothing is lost by waiting: the next round deletes what this one did not.
                LogFailed(logger, e, settings.Interval.TotalMinutes);
            }
        }
    }

    private async Task<long> PurgeAsync(
        NpgsqlConnection connection, string table, string expired, DateTimeOffset cutoff, CancellationToken ct)
    {
        long total = 0;
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var batch = new NpgsqlBatch(connection, transaction);
            // The role holds for this transaction only, so the pooled connection goes back as it came.
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SET LOCAL ROLE {DatabaseRoles.Retention}"));
            // ctid = ANY(ARRAY(...)) is a TID scan: the DELETE touches only the rows the inner query picked.
            var delete = new NpgsqlBatchCommand(
                $"DELETE FROM {table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {table} WHERE {expired} LIMIT @limit))");
            delete.Parameters.AddWithValue("cutoff", cutoff);
            delete.Parameters.AddWithValue("limit", settings.BatchSize);
            batch.BatchCommands.Add(delete);
            await batch.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            var deleted = delete.RecordsAffected;
            if (deleted > 0)
            {
                total += deleted;
                ReteTelemetry.RetentionDeleted.Add(deleted, new KeyValuePair<string, object?>("db.collection.name", table));
            }

            if (deleted < settings.BatchSize)
            {
                return total;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention purge deleted {Outbox} outbox, {Inbox} inbox and {Idempotency} idempotency rows")]
    private static partial void LogPurged(ILogger logger, long outbox, long inbox, long idempotency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge failed; next round in {Minutes} minutes")]
    private static partial void LogFailed(ILogger logger, Exception exception, double minutes);
}

/// <summary>The rows one round deleted, per table.</summary>
public sealed record RetentionRound(long Outbox, long Inbox, long Idempotency)
{
    public long Total => Outbox + Inbox + Idempotency;
}
