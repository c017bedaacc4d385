using System.Net;

namespace Rete.Gateway.Tests;

public sealed class RateLimitTests : IAsyncLifetime
{
    private DownstreamService registry = null!;
    private GatewayFactory gateway = null!;

    public async Task InitializeAsync()
    {
        registry = await DownstreamService.StartAsync();
        gateway = GatewayFactory.For(registry.Address, ("RateLimiting:PermitsPerSecond", "3"));
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await registry.DisposeAsync();
    }

    [Fact]
    public async Task A_tenant_over_its_limit_gets_429_while_another_tenant_is_still_served()
    {
        var busy = gateway.ClientFor("trecate");
        var quiet = gateway.ClientFor("zona-ovest");

        var rejected = await FirstRejectionAsync(busy, "/api/registry/organisations");

        var problem = await rejected.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("title").GetString().ShouldBe("Troppe richieste");
        var retryAfter = rejected.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull();
        retryAfter.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));

        (await quiet.GetAsync("/api/registry/organisations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_calls_are_limited_by_address()
    {
        var anonymous = gateway.ClientFor(tenant: null);

        var rejected = await FirstRejectionAsync(anonymous, "/openapi/registry/v1.json");

        await rejected.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        rejected.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Health_is_never_rate_limited()
    {
        var anonymous = gateway.ClientFor(tenant: null);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => anonymous.GetAsync("/alive")));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
    }

    // The bucket holds 3 permits and refills 3 a second: a burst of 10 at once must meet a refusal however
    // slow the machine, and what is not refused must have been served.
    private static async Task<HttpResponseMessage> FirstRejectionAsync(HttpClient client, string path)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync(path)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.TooManyRequests);
        return responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests)
            ?? throw new ShouldAssertException("A burst of 10 calls was served in full: the limit is not applied.");
    }
}
