using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Json;
using Rete.ServiceDefaults.Telemetry;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed events in insert order (the outbox id), best effort: transactions can commit out of id
/// order, so consumers rely on versions, not on arrival order. Rows are claimed with FOR UPDATE SKIP LOCKED so several
/// instances can run; a failed publication stops the batch (order is kept) and is retried with backoff. A row that can
/// never be published is parked (parked_at, last_error), counted and reported by the health check, and skipped.
/// Publication uses the event id as the message id, so a consumer's inbox drops a re-publication.
/// </summary>
internal sealed partial class OutboxDispatcher(
    NpgsqlDataSource dataSource, IBus bus, OutboxSignal signal, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);
    private long gaugeUpdated;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(stoppingToken);
                failures = 0;
                if (published == BatchSize)
                {
                    continue;
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 200 * Math.Pow(2, Math.Min(failures, 10))));
                LogDispatchFailed(logger, e, failures, delay.TotalMilliseconds);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await ClaimAsync(connection, transaction, cancellationToken);
        // A row whose type no longer resolves or whose JSON does not deserialize would fail forever and, since a
        // failure stops the batch, hold back every row behind it: it is parked with its error instead.
        var batch = new List<Prepared>(claimed.Count);
        foreach (var row in claimed)
        {
            if (TryPrepare(row, out var prepared, out var error))
            {
                batch.Add(prepared);
            }
            else
            {
                await RecordFailureAsync(connection, transaction, row.Id, error, cancellationToken, park: true);
                ReteTelemetry.OutboxParked.Add(1);
                LogParked(logger, row.Id, row.Type, error.GetType().Name);
            }
        }

        // The whole batch is handed to the broker in claim order at once and its confirms awaited together: one
        // round trip per batch, not one per event (sequential confirms capped the dispatcher near 100 events/s
        // under load). Only the rows before the first failure count as dispatched; the rest are published again
        // later, and the consumers' inbox drops a second copy (same message id).
        var publishes = batch.Select(p => PublishAsync(p, cancellationToken)).ToList();
        var published = new List<long>(batch.Count);
        Exception? failure = null;
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await publishes[i];
                published.Add(batch[i].Row.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = e;
                await RecordFailureAsync(connection, transaction, batch[i].Row.Id, e, cancellationToken);
                break;
            }
        }

        if (failure is not null)
        {
            // Observe the rest of the batch; their rows stay pending.
            await Task.WhenAll(publishes).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await MarkDispatchedAsync(connection, transaction, published, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Under load a batch holds one or two events: counting the backlog after each would add a statement per
        // write for a gauge that is read every few seconds.
        if (Stopwatch.GetElapsedTime(gaugeUpdated) >= PollInterval)
        {
            await UpdatePendingGaugeAsync(connection, cancellationToken);
            gaugeUpdated = Stopwatch.GetTimestamp();
        }
        if (failure is not null)
        {
            throw new InvalidOperationException("Publishing from the outbox failed.", failure);
        }

        // A parked row counts as handled: the loop goes straight on to the next batch.
        return published.Count + claimed.Count - batch.Count;
    }

    private static async Task<List<Row>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT id, message_id, type, payload, occurred_at, trace_parent FROM outbox_messages
            WHERE dispatched_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED
            """, connection, transaction);
        command.Parameters.AddWithValue("limit", BatchSize);
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }

    private static bool TryPrepare(Row row, out Prepared prepared, out Exception error)
    {
        prepared = null!;
        error = null!;
        try
        {
            var type = ContractTypes.Resolve(row.Type);
            var message = JsonSerializer.Deserialize(row.Payload, type, ReteJson.Options)
                ?? throw new JsonException("The payload is null.");
            prepared = new Prepared(row, type, message);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or NotSupportedException or ArgumentException)
        {
            error = e;
            return false;
        }
    }

    private async Task PublishAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        var (row, type, message) = prepared;
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = ReteTelemetry.Messaging.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
        ReteTelemetry.OutboxDispatchDuration.Record((DateTimeOffset.UtcNow - row.OccurredAt).TotalMilliseconds);
    }

    private static async Task MarkDispatchedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "UPDATE outbox_messages SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY(@ids)", connection, transaction);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    // A parked row is never claimed again; any other failure is retried with the next batch.
    private static async Task RecordFailureAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long id, Exception e, CancellationToken ct, bool park = false)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE outbox_messages SET attempts = attempts + 1, last_error = @error,
                parked_at = CASE WHEN @park THEN now() ELSE parked_at END
            WHERE id = @id
            """, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", Describe(e));
        command.Parameters.AddWithValue("park", park);
        await command.ExecuteNonQueryAsync(ct);
    }

    // The type and message only: a payload excerpt could carry what the event should not.
    private static string Describe(Exception e) => e.GetType().Name + ": " + e.Message[..Math.Min(e.Message.Length, 500)];

    private static async Task UpdatePendingGaugeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL AND parked_at IS NULL", connection);
        ReteTelemetry.SetOutboxPending((long)(await command.ExecuteScalarAsync(ct))!);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed ({Failures} in a row); retrying in {DelayMs} ms")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, int failures, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {Id} of type {Type} can never be published ({Error}); parked")]
    private static partial void LogParked(ILogger logger, long id, string type, string error);

    private sealed record Prepared(Row Row, Type Type, object Message);

    private sealed record Row(long Id, Guid MessageId, string Type, string Payload, DateTimeOffset OccurredAt, string? TraceParent);
}
