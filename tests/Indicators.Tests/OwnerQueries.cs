using System.Globalization;
using Npgsql;

namespace Rete.Indicators.Tests;

/// <summary>SQL on the service's database as its owner (every tenant's rows), with the tenant as its one parameter ($1).</summary>
internal static class OwnerQueries
{
    /// <summary>Every row as its values joined by ';', sorted: two results compare as lists.</summary>
    public static async Task<List<string>> RowsAsync(this IndicatorsFixture fixture, string sql, string tenant)
    {
        await using var owner = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, owner);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(";", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static async Task ExecuteAsync(this IndicatorsFixture fixture, string sql, string tenant)
    {
        await using var owner = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, owner);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        await command.ExecuteNonQueryAsync();
    }
}
