using System.Net;

namespace Rete.Grants.Tests.Api;

[Collection(GrantsCollection.Name)]
public class ServiceEndpointsTests(GrantsFixture fixture)
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
        document.ShouldContain("/api/grants/grants/{id}/disbursements");
        document.ShouldContain("/api/grants/budgets/{id}/lines/{lineId}");
        document.ShouldContain("/api/grants/reservations/{id}/release");
        document.ShouldContain("/api/grants/reports/transparency");
        document.ShouldContain("\"bearer\"");
    }

    [Fact]
    public async Task Unknown_resources_routes_and_methods_answer_problem_details()
    {
        var client = fixture.Factory.ClientFor(GrantsFixture.NewTenant(), "operator");
        var missing = await client.GetAsync($"/api/grants/grants/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.PostAsync($"/api/grants/grants/{Guid.NewGuid()}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.DeleteAsync("/api/grants/grants")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await client.GetAsync("/api/grants/grants/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/grants/reports/by-year?from=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
