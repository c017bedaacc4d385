using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rete.ServiceDefaults.Data;

/// <summary>
/// Every connection the application opens acts as the non-owner role <see cref="DatabaseRoles.Application"/>
/// with <c>rete.tenant_id</c> set, so PostgreSQL's row-level security hides other tenants' rows even from a
/// query that forgets the EF filter. Without a tenant the setting is empty and tenant tables show nothing.
/// </summary>
internal sealed class TenantConnectionInterceptor : DbConnectionInterceptor
{
    private const string Sql = "SELECT set_config('role', @role, false), set_config('rete.tenant_id', @tenant, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Prepare(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Prepare(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Prepare(DbConnection connection, ConnectionEndEventData eventData)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        Add(command, "role", DatabaseRoles.Application);
        Add(command, "tenant", (eventData.Context as ReteDbContext)?.CurrentTenantId ?? string.Empty);
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
