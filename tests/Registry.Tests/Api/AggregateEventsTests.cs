using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults.Tenancy;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>
/// The events come from the aggregates, not from endpoint code: a change made straight through the DbContext, with
/// no endpoint involved and nothing published by hand, still reaches the outbox and the bus.
/// </summary>
[Collection(RegistryCollection.Name)]
public class AggregateEventsTests(RegistryFixture fixture)
{
    [Fact]
    public async Task A_change_saved_without_any_endpoint_writes_its_event_to_the_outbox()
    {
        var tenant = RegistryFixture.NewTenant();
        var created = await fixture.Factory.ClientFor(tenant, "operator").PostJsonAsync(Organisations.Url, Organisations.Body("Senza endpoint"));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            var organisation = await db.Organisations.SingleAsync(o => o.Id == id);
            organisation.Suspend("verifica", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        (await OutboxTypesAsync(tenant)).ShouldBe([typeof(OrganisationRegistered).FullName!, typeof(OrganisationSuspended).FullName!]);
        var suspended = (await fixture.Events.WaitForAsync<OrganisationSuspended>(e => e.TenantId == tenant)).Single();
        suspended.OrganisationId.ShouldBe(id);
        suspended.Version.ShouldBe(2);
        suspended.Reason.ShouldBe("verifica");
    }

    private async Task<List<string>> OutboxTypesAsync(string tenant)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT type FROM outbox_messages WHERE tenant_id = @t ORDER BY id", connection);
        command.Parameters.AddWithValue("t", tenant);
        await using var reader = await command.ExecuteReaderAsync();
        var types = new List<string>();
        while (await reader.ReadAsync())
        {
            types.Add(reader.GetString(0));
        }

        return types;
    }
}
