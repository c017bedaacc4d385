using System.Net;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerOutageCollection
{
    public const string Name = "broker outage";
}

/// <summary>Changes made while RabbitMQ is down are kept in the outbox and arrive exactly once when it returns.</summary>
[Collection(BrokerOutageCollection.Name)]
public sealed class OutboxOutageTests : IAsyncLifetime
{
    private readonly RegistryFactory factory = new();
    private EventCollector events = null!;

    public async Task InitializeAsync() => events = await EventCollector.StartAsync("Rete.Contracts.Registry");

    public async Task DisposeAsync()
    {
        await Infrastructure.StartBrokerAsync();
        await events.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Events_written_during_a_broker_outage_arrive_once_after_it_returns()
    {
        var tenant = RegistryFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        (await client.PostJsonAsync(Organisations.Url, Organisations.Body("Prima del guasto"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await events.WaitForAsync<OrganisationRegistered>(e => e.TenantId == tenant);

        await Infrastructure.StopBrokerAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var response = await client.PostJsonAsync(Organisations.Url, Organisations.Body($"Durante il guasto {i}"));
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            ids.Add((await response.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        (await PendingAsync(tenant)).ShouldBe(10);
        await Infrastructure.StartBrokerAsync();

        var arrived = await events.WaitForDistinctAsync<OrganisationRegistered>(e => ids.Contains(e.OrganisationId), expected: 10, timeout: TimeSpan.FromSeconds(60));
        arrived.Select(e => e.OrganisationId).ShouldBe(ids, ignoreOrder: true);
        (await PendingAsync(tenant)).ShouldBe(0);
    }

    private async Task<long> PendingAsync(string tenant)
    {
        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE tenant_id = @t AND dispatched_at IS NULL", connection);
        command.Parameters.AddWithValue("t", tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
