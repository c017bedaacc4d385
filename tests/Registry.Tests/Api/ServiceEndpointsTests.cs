using System.Net;

namespace Rete.Registry.Tests.Api;

[Collection(RegistryCollection.Name)]
public class ServiceEndpointsTests(RegistryFixture fixture)
{
    [Fact]
    public async Task Health_and_liveness_answer_without_a_token()
    {
        var client = fixture.Factory.CreateClient();
        var health = await client.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await health.Content.ReadAsStringAsync();
        body.ShouldContain("\"postgres\":\"Healthy\"");
        body.ShouldContain("masstransit", Case.Insensitive);
        (await client.GetAsync("/alive")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes_and_the_bearer_scheme()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.Content.ReadAsStringAsync();
        document.ShouldContain("/api/registry/organisations/{id}");
        document.ShouldContain("/api/registry/networks/{id}/meetings");
        document.ShouldContain("\"bearer\"");
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_problem_details()
    {
        var client = fixture.Factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var missing = await client.GetAsync($"/api/registry/organisations/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.DeleteAsync("/api/registry/organisations")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await client.GetAsync("/api/registry/organisations/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
