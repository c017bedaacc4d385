using System.Net;
using System.Net.Http.Json;

namespace Rete.Gateway.Tests;

public sealed class RoutingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_call_without_a_token_is_refused_at_the_edge()
    {
        var client = fixture.Gateway.ClientFor(tenant: null);

        var response = await client.GetAsync("/api/registry/organisations/no-token");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        fixture.Registry.ReceivedPaths.ShouldNotContain("/api/registry/organisations/no-token");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var client = fixture.Gateway.ClientFor(tenant: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For("trecate", signingKey: "some-other-key-that-is-also-32-chars-long"));

        var response = await client.GetAsync("/api/registry/organisations/forged");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        fixture.Registry.ReceivedPaths.ShouldNotContain("/api/registry/organisations/forged");
    }

    [Fact]
    public async Task A_token_without_a_tenant_is_unauthenticated()
    {
        var client = fixture.Gateway.ClientFor(tenant: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(tenant: null));

        var response = await client.GetAsync("/api/registry/organisations/no-tenant");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        fixture.Registry.ReceivedPaths.ShouldNotContain("/api/registry/organisations/no-tenant");
    }

    [Fact]
    public async Task A_token_for_an_unregistered_tenant_is_refused_at_the_edge()
    {
        var client = fixture.Gateway.ClientFor("nessuno");

        var response = await client.GetAsync("/api/registry/organisations/unknown-tenant");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        fixture.Registry.ReceivedPaths.ShouldNotContain("/api/registry/organisations/unknown-tenant");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/openapi/nessuno/v1.json")]
    [InlineData("/api/nessuno/organisations")]
    public async Task A_path_of_no_service_answers_404_even_without_a_token(string path)
    {
        var response = await fixture.Gateway.ClientFor(tenant: null).GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Answers_carry_the_headers_a_careful_api_sets()
    {
        var answers = new[]
        {
            await fixture.Gateway.ClientFor("trecate").GetAsync("/api/registry/organisations/headers"),
            await fixture.Gateway.ClientFor(tenant: null).GetAsync("/api/registry/organisations/headers"),
        };

        foreach (var response in answers)
        {
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task A_valid_call_reaches_the_service_with_path_query_and_token_unchanged()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.GetAsync("/api/registry/organisations/0195f3c1?limit=5&cursor=abc");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var echo = (await response.Content.ReadFromJsonAsync<Echo>())!;
        echo.Method.ShouldBe("GET");
        echo.Path.ShouldBe("/api/registry/organisations/0195f3c1");
        echo.Query.ShouldBe("?limit=5&cursor=abc");
        echo.Header("Authorization").ShouldBe(client.DefaultRequestHeaders.Authorization!.ToString());
    }

    [Fact]
    public async Task A_body_within_the_limit_is_streamed_to_the_service()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.PostAsync("/api/registry/organisations", new ByteArrayContent(new byte[100_000]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var echo = (await response.Content.ReadFromJsonAsync<Echo>())!;
        echo.Method.ShouldBe("POST");
        echo.BodyLength.ShouldBe(100_000);
    }

    [Fact]
    public async Task The_services_own_error_answers_pass_through_untouched()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.GetAsync("/api/registry/status/404");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Names_that_are_not_Rete_services_are_not_routed()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.GetAsync("/api/other/anything");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        fixture.Registry.ReceivedPaths.ShouldNotContain("/api/other/anything");
    }

    [Fact]
    public async Task A_service_without_an_address_has_no_route()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.GetAsync("/api/grants/budgets");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_services_openapi_document_is_served_anonymously_from_its_own_path()
    {
        var client = fixture.Gateway.ClientFor(tenant: null);

        var response = await client.GetAsync("/openapi/registry/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var echo = (await response.Content.ReadFromJsonAsync<Echo>())!;
        echo.Path.ShouldBe("/openapi/v1.json");
        // So the document the service writes names the gateway, not itself, as the server to call.
        echo.Header("Host").ShouldBe(fixture.Gateway.Address.Authority);
    }

    [Fact]
    public async Task Docs_list_every_configured_service_document()
    {
        var client = fixture.Gateway.ClientFor(tenant: null);

        var page = await client.GetAsync("/docs");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");

        var script = await client.GetStringAsync("/docs/index.js");
        script.ShouldContain("/openapi/registry/v1.json");
        script.ShouldNotContain("/openapi/other/v1.json");
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Health_endpoints_answer_without_a_token(string path)
    {
        var client = fixture.Gateway.ClientFor(tenant: null);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
