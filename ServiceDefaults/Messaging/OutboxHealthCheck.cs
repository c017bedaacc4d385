using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Rete.ServiceDefaults.Messaging;

/// <summary>
/// Degraded while the outbox holds parked rows: the service works, but some events were never published and need
/// someone to look at them. Not unhealthy, so the service is not taken out of rotation for it.
/// </summary>
internal sealed class OutboxHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public const string Name = "outbox";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM outbox_messages WHERE parked_at IS NOT NULL");
        var parked = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return parked == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{parked} messaggi dell'outbox non pubblicabili, messi da parte.",
                data: new Dictionary<string, object> { ["parked"] = parked });
    }
}
