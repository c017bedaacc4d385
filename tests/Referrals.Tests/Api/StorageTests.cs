using Npgsql;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>What raw SQL on the service's tables shows: no tax code or health datum in clear, no other tenant, no rewritten history.</summary>
[Collection(ReferralsCollection.Name)]
public class StorageTests(ReferralsFixture fixture)
{
    private readonly ReferralsFactory factory = fixture.Factory;

    [Fact]
    public async Task The_tax_code_and_special_category_data_are_not_readable_in_clear_in_the_table()
    {
        var taxCode = People.NewTaxCode();
        var client = factory.ClientFor(ReferralsFixture.NewTenant(), "social-worker");
        var id = (await (await client.PostJsonAsync(People.Url, People.Body(taxCode, disability: "Canarino-Salute-4471", health: "SerD-Canarino")))
            .ReadJsonAsync()).GetProperty("id").GetGuid();

        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(p)::text FROM people p WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        var row = (string)(await command.ExecuteScalarAsync())!;
        row.ShouldContain("Fittizio");
        row.ShouldNotContain(taxCode);
        row.ShouldNotContain(taxCode[..11]);
        row.ShouldNotContain("Canarino");
        row.ShouldNotContain("SerD");
    }

    [Fact]
    public async Task The_application_role_cannot_update_or_delete_the_access_log()
    {
        var tenant = ReferralsFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");
        var id = (await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();

        await using var connection = await factory.OpenOwnerConnectionAsync();
        foreach (var sql in new[] { "UPDATE access_log SET why = 'cancellato' WHERE person_id = @id", "DELETE FROM access_log WHERE person_id = @id", "TRUNCATE access_log" })
        {
            await using var command = new NpgsqlCommand(
                $"SELECT set_config('role', 'rete_app', false), set_config('rete.tenant_id', @t, false); {sql};", connection);
            command.Parameters.AddWithValue("t", tenant);
            command.Parameters.AddWithValue("id", id);
            var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(), sql);
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        }

        await using var reset = new NpgsqlCommand("RESET role; SELECT count(*) FROM access_log WHERE person_id = @id", connection);
        reset.Parameters.AddWithValue("id", id);
        ((long)(await reset.ExecuteScalarAsync())!).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Row_level_security_alone_hides_other_tenants_people_from_the_application_role()
    {
        var a = ReferralsFixture.NewTenant();
        var b = ReferralsFixture.NewTenant();
        var idA = (await (await factory.ClientFor(a, "operator").PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var idB = (await (await factory.ClientFor(b, "operator").PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();

        await using var connection = await factory.OpenOwnerConnectionAsync();
        async Task<List<Guid>> IdsAs(string tenant)
        {
            // No WHERE on tenant_id: only the policies stand between this query and the other tenant.
            await using var command = new NpgsqlCommand(
                """
                SELECT set_config('role', 'rete_app', false), set_config('rete.tenant_id', @t, false);
                SELECT id FROM people WHERE id IN (@a, @b);
                """, connection);
            command.Parameters.AddWithValue("t", tenant);
            command.Parameters.AddWithValue("a", idA);
            command.Parameters.AddWithValue("b", idB);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.NextResultAsync();
            var ids = new List<Guid>();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }

            return ids;
        }

        (await IdsAs(a)).ShouldBe([idA]);
        (await IdsAs(b)).ShouldBe([idB]);
        (await IdsAs("")).ShouldBeEmpty();

        var other = factory.ClientFor(b, "consortium-admin");
        (await other.GetAsync($"{People.Url}/{idA}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await other.GetAsync($"{People.Url}/{idA}/consents")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
