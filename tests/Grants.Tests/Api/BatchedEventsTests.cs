using Npgsql;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

/// <summary>
/// Consumers apply events in batches of one tenant, one transaction each (ServiceDefaults' InboxConsumer): a burst of
/// two tenants' events shares transactions and still lands each row in its own tenant; a message that cannot be
/// applied fails alone and takes none of its batch with it.
/// </summary>
[Collection(GrantsCollection.Name)]
public class BatchedEventsTests(GrantsFixture fixture)
{
    [Fact]
    public async Task A_burst_of_two_tenants_events_shares_transactions_and_each_row_stays_in_its_tenant()
    {
        var (first, second) = (GrantsFixture.NewTenant(), GrantsFixture.NewTenant());
        var events = Enumerable.Range(0, 200).Select(i => Registered(i % 2 == 0 ? first : second, $"Associazione Raffica {i}")).ToList();

        await Task.WhenAll(events.Select(fixture.PublishAsync));
        await Task.WhenAll(events.Take(20).Select(fixture.PublishAsync)); // redelivered copies: applied once

        var ids = events.Select(e => e.EventId).ToArray();
        await Eventually.TrueAsync(async () => await ScalarAsync("SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@ids)", ids) == 200, 60);
        // now() is the transaction's start: rows written together share it.
        (await ScalarAsync("SELECT count(DISTINCT processed_at) FROM inbox_messages WHERE message_id = ANY(@ids)", ids)).ShouldBeLessThan(200);
        foreach (var tenant in new[] { first, second })
        {
            var own = events.Where(e => e.TenantId == tenant).Select(e => e.OrganisationId).ToArray();
            (await ScalarAsync($"SELECT count(*) FROM organisations WHERE id = ANY(@ids) AND tenant_id = '{tenant}'", own)).ShouldBe(100);
        }
    }

    [Fact]
    public async Task An_event_that_cannot_be_applied_fails_alone_and_its_batch_is_applied()
    {
        var tenant = GrantsFixture.NewTenant();
        var good = Enumerable.Range(0, 30).Select(i => Registered(tenant, $"Cooperativa Vicina {i}")).ToList();
        var poisoned = Registered(tenant, new string('x', 250)); // longer than the read model's name column
        await Task.WhenAll(good.Take(15).Append(poisoned).Concat(good.Skip(15)).Select(fixture.PublishAsync));

        var ids = good.Select(e => e.OrganisationId).ToArray();
        await Eventually.TrueAsync(async () => await ScalarAsync("SELECT count(*) FROM organisations WHERE id = ANY(@ids)", ids) == 30, 60);
        (await ScalarAsync("SELECT count(*) FROM organisations WHERE id = ANY(@ids)", [poisoned.OrganisationId])).ShouldBe(0);
    }

    private static OrganisationRegistered Registered(string tenant, string name) =>
        new(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, Guid.CreateVersion7(), 1, name, "association", null, "001272", "2", "active", null);

    private async Task<long> ScalarAsync(string sql, Guid[] ids)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
