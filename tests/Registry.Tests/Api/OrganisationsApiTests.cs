using System.Net;
using System.Text.Json;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

[Collection(RegistryCollection.Name)]
public class OrganisationsApiTests(RegistryFixture fixture)
{
    private readonly RegistryFactory factory = fixture.Factory;

    [Fact]
    public async Task Registering_answers_201_with_location_and_etag_and_publishes_one_event()
    {
        var tenant = RegistryFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");

        var response = await client.PostJsonAsync(Organisations.Url, Organisations.Body(taxCode: "00514490010"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/registry/organisations/{id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        body.GetProperty("kind").GetString().ShouldBe("association");
        body.GetProperty("status").GetString().ShouldBe("active");

        var events = await fixture.Events.WaitForAsync<OrganisationRegistered>(e => e.OrganisationId == id);
        events[0].TenantId.ShouldBe(tenant);
        events[0].Kind.ShouldBe("association");
        events[0].Version.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"name":"","kind":"association"}""", "name")]
    [InlineData("""{"name":"X","kind":"association","taxCode":"00514490011"}""", "taxCode")]
    [InlineData("""{"name":"X","kind":"association","municipalityIstat":"12"}""", "municipalityIstat")]
    [InlineData("""{"name":"X"}""", "kind")]
    [InlineData("""{"name":"X","kind":"association","website":"javascript:alert(1)"}""", "website")]
    public async Task Bad_input_answers_400_per_field_and_writes_nothing(string json, string field)
    {
        var tenant = RegistryFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");

        var response = await client.PostAsync(Organisations.Url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await CountRowsAsync(tenant)).ShouldBe((0L, 0L));
    }

    [Theory]
    [InlineData("""{"name":"X","kind":"spaceship"}""")]
    [InlineData("""{"name":"X","kind":"association","areas":"women"}""")]
    [InlineData("""{"name":""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"name":"X","kind":"association","name":"Y"}""")]
    public async Task Malformed_json_answers_400_problem_and_writes_nothing(string json)
    {
        var tenant = RegistryFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");

        var response = await client.PostAsync(Organisations.Url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CountRowsAsync(tenant)).ShouldBe((0L, 0L));
    }

    [Fact]
    public async Task A_stale_if_match_answers_412_and_changes_nothing()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var created = await (await client.PostJsonAsync(Organisations.Url, Organisations.Body())).ReadJsonAsync();
        var url = $"{Organisations.Url}/{created.GetProperty("id").GetGuid()}";

        var first = await client.PutJsonAsync(url, Organisations.Body(name: "Un Progetto al Femminile APS"), ifMatch: "\"1\"");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldBe("\"2\"");

        var stale = await client.PutJsonAsync(url, Organisations.Body(name: "Nome vecchio"), ifMatch: "\"1\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await stale.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("stale-version");

        var current = await (await client.GetAsync(url)).ReadJsonAsync();
        current.GetProperty("name").GetString().ShouldBe("Un Progetto al Femminile APS");
        current.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_change_without_if_match_answers_428_and_changes_nothing()
    {
        var tenant = RegistryFixture.NewTenant();
        var careless = factory.WithToken(Tokens.For(tenant, ["operator"]), careful: false);
        var created = await (await careless.PostJsonAsync(Organisations.Url, Organisations.Body())).ReadJsonAsync();
        var url = $"{Organisations.Url}/{created.GetProperty("id").GetGuid()}";

        foreach (var change in new[]
        {
            await careless.PutJsonAsync(url, Organisations.Body(name: "Senza versione")),
            await careless.PostJsonAsync($"{url}/suspend", new { reason = "verifica" }),
            await careless.PostJsonAsync($"{url}/close", new { }),
        })
        {
            change.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
            var problem = await change.ReadJsonAsync();
            problem.GetProperty("code").GetString().ShouldBe("version-required");
            problem.GetProperty("detail").GetString()!.ShouldContain("If-Match");
        }

        var current = await (await careless.GetAsync(url)).ReadJsonAsync();
        current.GetProperty("version").GetInt32().ShouldBe(1);
        current.GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task A_replayed_idempotency_key_returns_the_first_response_and_registers_once()
    {
        var tenant = RegistryFixture.NewTenant();
        var client = factory.ClientFor(tenant, "operator");

        var first = await client.PostJsonAsync(Organisations.Url, Organisations.Body(), idempotencyKey: "seed-1");
        var replay = await client.PostJsonAsync(Organisations.Url, Organisations.Body(), idempotencyKey: "seed-1");
        var other = await client.PostJsonAsync(Organisations.Url, Organisations.Body(name: "Altro"), idempotencyKey: "seed-1");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        other.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await CountRowsAsync(tenant)).ShouldBe((1L, 1L));
    }

    [Fact]
    public async Task The_same_idempotency_key_in_another_tenant_is_another_request()
    {
        var a = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var b = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var first = await (await a.PostJsonAsync(Organisations.Url, Organisations.Body(), idempotencyKey: "k")).ReadJsonAsync();
        var second = await (await b.PostJsonAsync(Organisations.Url, Organisations.Body(), idempotencyKey: "k")).ReadJsonAsync();
        second.GetProperty("id").GetGuid().ShouldNotBe(first.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Status_changes_each_publish_their_event_and_follow_the_lifecycle()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "consortium-admin");
        var id = (await (await client.PostJsonAsync(Organisations.Url, Organisations.Body())).ReadJsonAsync()).GetProperty("id").GetGuid();

        (await client.PostJsonAsync($"{Organisations.Url}/{id}/suspend", new { reason = "verifica" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync($"{Organisations.Url}/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostJsonAsync($"{Organisations.Url}/{id}/close", new { reason = "cessata" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await client.PostJsonAsync($"{Organisations.Url}/{id}/suspend", new { });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("organisation-not-active");
        (await fixture.Events.WaitForAsync<OrganisationSuspended>(e => e.OrganisationId == id))[0].Reason.ShouldBe("verifica");
        await fixture.Events.WaitForAsync<OrganisationReactivated>(e => e.OrganisationId == id);
        (await fixture.Events.WaitForAsync<OrganisationClosed>(e => e.OrganisationId == id))[0].Version.ShouldBe(4);
    }

    [Fact]
    public async Task Search_finds_by_italian_full_text_name_fragment_and_filters()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        await client.PostJsonAsync(Organisations.Url, Organisations.Body("Coop. Esserci", "socialCooperative", areas: ["inclusion", "disability"],
            targetGroups: ["disability"], notes: "gestione del progetto Aladino per persone con disabilità"));
        await client.PostJsonAsync(Organisations.Url, Organisations.Body("Parrocchia San Giuseppe - Centro di Ascolto", "parish", areas: ["inclusion"], targetGroups: ["adultsInDifficulty"]));
        await client.PostJsonAsync(Organisations.Url, Organisations.Body("CPI Via Castelgomberto", "employmentCentre", municipality: "001272", areas: ["guidance"]));

        async Task<string[]> Names(string query) =>
            (await (await client.GetAsync($"{Organisations.Url}?{query}")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("name").GetString()!).Order().ToArray();

        (await Names("q=progetti%20aladino")).ShouldBe(["Coop. Esserci"]); // stemmed: progetti ~ progetto
        (await Names("q=castelgom")).ShouldBe(["CPI Via Castelgomberto"]);
        (await Names("kind=parish")).ShouldBe(["Parrocchia San Giuseppe - Centro di Ascolto"]);
        (await Names("area=inclusion")).Length.ShouldBe(2);
        (await Names("targetGroup=disability&area=inclusion")).ShouldBe(["Coop. Esserci"]);
        (await Names("municipality=001272")).Length.ShouldBe(3);

        var bad = await client.GetAsync($"{Organisations.Url}?kind=spaceship&limit=0");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        errors.TryGetProperty("kind", out _).ShouldBeTrue();
        errors.TryGetProperty("limit", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Lists_page_by_keyset_without_gaps_or_repeats()
    {
        var client = factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        for (var i = 0; i < 7; i++)
        {
            await client.PostJsonAsync(Organisations.Url, Organisations.Body($"Organizzazione {i}"));
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await client.GetAsync($"{Organisations.Url}?limit=3" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(Enumerable.Range(0, 7).Select(i => $"Organizzazione {i}"));
        (await client.GetAsync($"{Organisations.Url}?cursor=not-a-cursor")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Roles_decide_who_reads_and_who_writes()
    {
        var tenant = RegistryFixture.NewTenant();
        var admin = factory.ClientFor(tenant, "consortium-admin");
        var created = await (await admin.PostJsonAsync(Organisations.Url, Organisations.Body())).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var url = $"{Organisations.Url}/{id}";

        (await factory.CreateClient().GetAsync(Organisations.Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.ClientFor(tenant, "ops").GetAsync(Organisations.Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientFor(tenant, "auditor").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.ClientFor(tenant, "auditor").PostJsonAsync(Organisations.Url, Organisations.Body())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientFor(tenant, "auditor").PutJsonAsync(url, Organisations.Body())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientFor(tenant, "social-worker").PostJsonAsync(Organisations.Url, Organisations.Body())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var ownPartner = factory.WithToken(Tokens.Create(tenant, ["partner"], organisation: id));
        var otherPartner = factory.WithToken(Tokens.Create(tenant, ["partner"], organisation: Guid.NewGuid()));
        (await ownPartner.PutJsonAsync(url, Organisations.Body(name: "Nuovo nome"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ownPartner.PutJsonAsync(url, Organisations.Body(kind: "company"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherPartner.PutJsonAsync(url, Organisations.Body(name: "Dirottato"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ownPartner.PostAsync($"{url}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var current = await (await admin.GetAsync(url)).ReadJsonAsync();
        current.GetProperty("name").GetString().ShouldBe("Nuovo nome");
        current.GetProperty("kind").GetString().ShouldBe("association");
    }

    [Fact]
    public async Task Tokens_that_are_expired_forged_or_without_a_tenant_are_refused()
    {
        var tenant = RegistryFixture.NewTenant();
        string[] tokens =
        [
            Tokens.Create(tenant, ["operator"], expires: DateTime.UtcNow.AddMinutes(-5)),
            Tokens.Create(tenant, ["operator"], signingKey: "another-key-that-is-long-enough-to-sign-with"),
            Tokens.Create(tenant, ["operator"], issuer: "someone-else"),
        ];
        foreach (var token in tokens)
        {
            (await factory.WithToken(token).GetAsync(Organisations.Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await factory.WithToken(Tokens.Create("Not A Slug!", ["operator"])).GetAsync(Organisations.Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<(long Organisations, long Outbox)> CountRowsAsync(string tenant)
    {
        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM organisations WHERE tenant_id = @t), (SELECT count(*) FROM outbox_messages WHERE tenant_id = @t)", connection);
        command.Parameters.AddWithValue("t", tenant);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
