using System.Net;
using Npgsql;
using Shouldly;
using Xunit;

namespace Rete.Testing;

/// <summary>
/// What every Rete service promises whatever its domain (ServiceDefaults): probes without a token, an OpenAPI
/// document with the bearer scheme, problem details for what does not exist, the headers a careful API sets, and
/// row-level security forced on every tenant table. A service's test project derives one class from it and names
/// its own routes and tables.
/// </summary>
public abstract class ServiceContractTests<TProgram>
    where TProgram : class
{
    protected abstract ServiceFactory<TProgram> Factory { get; }

    /// <summary>Routes the OpenAPI document must list, as it writes them (<c>/api/registry/organisations/{id}</c>).</summary>
    protected abstract IReadOnlyList<string> DocumentedRoutes { get; }

    /// <summary>A collection a reader may list; DELETE on it is not a route.</summary>
    protected abstract string Collection { get; }

    /// <summary>Where resources are read by id (<c>{ResourceCollection}/{id}</c>); the collection itself by default.</summary>
    protected virtual string ResourceCollection => Collection;

    /// <summary>The tenant-owned tables, every one of which must force row-level security.</summary>
    protected abstract IReadOnlyList<string> TenantTables { get; }

    /// <summary>Tables with a tenant column that are read across tenants by design (and say why where they are mapped).</summary>
    protected virtual IReadOnlyList<string> CrossTenantTables => [];

    /// <summary>The roles of a client that may read <see cref="Collection"/>.</summary>
    protected virtual string[] ReaderRoles => ["operator"];

    /// <summary>Whether the service is on the bus, so its health report includes MassTransit's.</summary>
    protected virtual bool UsesMessaging => true;

    [Fact]
    public async Task Health_and_liveness_answer_without_a_token()
    {
        using var client = Factory.CreateClient();
        using var health = await client.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await health.Content.ReadAsStringAsync();
        report.ShouldContain("\"postgres\":\"Healthy\"");
        if (UsesMessaging)
        {
            report.ShouldContain("masstransit", Case.Insensitive);
        }

        (await client.GetAsync("/alive")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes_and_the_bearer_scheme()
    {
        using var response = await Factory.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.Content.ReadAsStringAsync();
        foreach (var route in DocumentedRoutes)
        {
            document.ShouldContain($"\"{route}\"");
        }

        document.ShouldContain("\"bearer\"");
    }

    [Fact]
    public async Task Unknown_resources_routes_and_methods_answer_problem_details()
    {
        using var client = Factory.ClientFor(TestTenants.Next(), ReaderRoles);
        using var missing = await client.GetAsync($"{ResourceCollection}/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var method = await client.DeleteAsync(Collection);
        method.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        method.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.GetAsync($"{ResourceCollection}/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Business_answers_carry_the_headers_of_a_careful_api()
    {
        using var client = Factory.ClientFor(TestTenants.Next(), ReaderRoles);
        using var response = await client.GetAsync(Collection);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.Contains("Referrer-Policy").ShouldBeTrue();
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task The_application_role_owns_no_table_and_every_tenant_table_forces_row_level_security()
    {
        Factory.CreateClient().Dispose();
        await using var connection = await Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner)
            FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
            WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
              AND c.relname <> 'outbox_messages' AND NOT (c.relname = ANY(@shared))
            """, connection);
        command.Parameters.AddWithValue("shared", CrossTenantTables.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            tables.Add(table);
            reader.GetBoolean(1).ShouldBeTrue(table);
            reader.GetBoolean(2).ShouldBeTrue(table);
            reader.GetString(3).ShouldNotBe("rete_app", table);
        }

        tables.ShouldBe(TenantTables, ignoreOrder: true);
    }
}
