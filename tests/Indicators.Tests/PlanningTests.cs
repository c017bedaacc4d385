using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Rete.Indicators.Tests;

/// <summary>
/// The service's reads are small index scans; PostgreSQL's parallel workers only added their start-up to them (the
/// whole-tenant placements' p99 miss at region scale). Its connections must plan without them.
/// </summary>
[Collection(IndicatorsCollection.Name)]
public class PlanningTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task The_services_connections_plan_without_parallel_workers()
    {
        var dataSource = fixture.Factory.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SHOW max_parallel_workers_per_gather", connection);
        (await command.ExecuteScalarAsync()).ShouldBe("0");
    }
}
