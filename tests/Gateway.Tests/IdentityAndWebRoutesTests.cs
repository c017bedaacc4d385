using System.Net;
using System.Net.Http.Json;

namespace Rete.Gateway.Tests;

/// <summary>The sign-in endpoints and the web application are reached without a token; the user-administration API is not.</summary>
public sealed class IdentityAndWebRoutesTests : IAsyncLifetime
{
    private DownstreamService identity = null!;
    private DownstreamService web = null!;
    private DownstreamService registry = null!;
    private GatewayFactory gateway = null!;

    public async Task InitializeAsync()
    {
        identity = await DownstreamService.StartAsync();
        web = await DownstreamService.StartAsync();
        registry = await DownstreamService.StartAsync();
        gateway = GatewayFactory.For(registry.Address,
            ("services:identity:http:0", identity.Address.ToString()), ("services:web:http:0", web.Address.ToString()));
        gateway.Start();
    }

    [Theory]
    [InlineData("/.well-known/openid-configuration")]
    [InlineData("/connect/authorize")]
    [InlineData("/account/login")]
    public async Task The_sign_in_endpoints_reach_the_identity_provider_without_a_token_and_keep_the_browsers_host(string path)
    {
        var client = gateway.ClientFor(tenant: null);

        var echo = await client.GetFromJsonAsync<Echo>(path);

        echo!.Path.ShouldBe(path);
        identity.ReceivedPaths.ShouldContain(path);
        echo.Header("Host").ShouldBe(gateway.Address.Authority);
    }

    [Fact]
    public async Task The_user_administration_api_needs_a_token()
    {
        var client = gateway.ClientFor(tenant: null);

        var response = await client.GetAsync("/api/identity/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        identity.ReceivedPaths.ShouldNotContain("/api/identity/users");
    }

    [Fact]
    public async Task Any_other_path_is_the_web_applications_and_the_apis_stay_the_services()
    {
        var client = gateway.ClientFor(tenant: "trecate");

        (await client.GetFromJsonAsync<Echo>("/organizzazioni"))!.Path.ShouldBe("/organizzazioni");
        web.ReceivedPaths.ShouldContain("/organizzazioni");
        (await client.GetAsync("/api/registry/organisations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        registry.ReceivedPaths.ShouldContain("/api/registry/organisations");
        web.ReceivedPaths.ShouldNotContain("/api/registry/organisations");
    }

    [Theory]
    [InlineData("/api/unknown/things")]
    [InlineData("/api")]
    public async Task An_api_path_no_service_owns_is_a_problem_not_the_web_applications_page(string path)
    {
        var client = gateway.ClientFor(tenant: null);

        var response = await client.GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        web.ReceivedPaths.ShouldNotContain(path);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await identity.DisposeAsync();
        await web.DisposeAsync();
        await registry.DisposeAsync();
    }
}
