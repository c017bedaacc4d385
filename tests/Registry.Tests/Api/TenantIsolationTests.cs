using System.Net;
using Npgsql;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>Tenants are kept apart twice: by the EF filter through the API, and by PostgreSQL's row-level security underneath.</summary>
[Collection(RegistryCollection.Name)]
public class TenantIsolationTests(RegistryFixture fixture)
{
    private readonly RegistryFactory factory = fixture.Factory;

    [Fact]
    public async Task Through_the_api_a_tenant_never_sees_or_touches_another_tenants_data()
    {
        var trecate = factory.ClientFor(RegistryFixture.NewTenant(), "consortium-admin");
        var other = factory.ClientFor(RegistryFixture.NewTenant(), "consortium-admin");
        var id = (await (await trecate.PostJsonAsync(Organisations.Url, Organisations.Body("Sportello Lavoro Cerano", "jobDesk"))).ReadJsonAsync())
            .GetProperty("id").GetGuid();
        var url = $"{Organisations.Url}/{id}";

        (await (await other.GetAsync(Organisations.Url)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await other.GetAsync($"{Organisations.Url}?q=cerano")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PutJsonAsync(url, Organisations.Body("Preso"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"{url}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{url}/accreditations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostJsonAsync(Organisations.Url, Organisations.Body("Figlia", parentId: id))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var network = (await (await other.PostJsonAsync("/api/registry/networks", new { name = "Tavolo", scope = "consortium" })).ReadJsonAsync())
            .GetProperty("id").GetGuid();
        (await other.PostJsonAsync($"/api/registry/networks/{network}/members", new { organisationId = id, membership = "core" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await (await trecate.GetAsync(url)).ReadJsonAsync()).GetProperty("name").GetString().ShouldBe("Sportello Lavoro Cerano");
    }

    [Fact]
    public async Task Row_level_security_alone_hides_other_tenants_rows_from_the_application_role()
    {
        var a = RegistryFixture.NewTenant();
        var b = RegistryFixture.NewTenant();
        await factory.ClientFor(a, "operator").PostJsonAsync(Organisations.Url, Organisations.Body("Di A"));
        await factory.ClientFor(b, "operator").PostJsonAsync(Organisations.Url, Organisations.Body("Di B"));

        await using var connection = await factory.OpenOwnerConnectionAsync();
        async Task<List<string>> NamesAs(string? tenant)
        {
            // No WHERE on tenant_id: only the policies stand between this query and the other tenant.
            await using var command = new NpgsqlCommand(
                """
                SELECT set_config('role', 'rete_app', false), set_config('rete.tenant_id', @t, false);
                SELECT name FROM organisations WHERE name IN ('Di A', 'Di B') ORDER BY name;
                """, connection);
            command.Parameters.AddWithValue("t", tenant ?? "");
            await using var reader = await command.ExecuteReaderAsync();
            await reader.NextResultAsync();
            var names = new List<string>();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }

        (await NamesAs(a)).ShouldBe(["Di A"]);
        (await NamesAs(b)).ShouldBe(["Di B"]);
        (await NamesAs(null)).ShouldBeEmpty();

        await using var insert = new NpgsqlCommand(
            "INSERT INTO organisations (id, tenant_id, name, kind, areas, target_groups, status, version, created_at, updated_at) " +
            "VALUES (gen_random_uuid(), @other, 'Intruso', 'Company', '{}', '{}', 'Active', 1, now(), now())", connection);
        insert.Parameters.AddWithValue("other", b);
        var refused = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }
}
