using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Rete.Gateway.Tests;

public sealed class UnreachableServiceTests : IAsyncLifetime
{
    private GatewayFactory gateway = null!;

    public Task InitializeAsync()
    {
        gateway = GatewayFactory.For(ClosedPort());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task A_service_that_is_down_answers_502_problem_details_not_a_500()
    {
        var client = gateway.ClientFor("trecate");

        var response = await client.GetAsync("/api/registry/organisations");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadGateway);
        problem.GetProperty("title").GetString().ShouldBe("Servizio non raggiungibile");
        problem.GetProperty("service").GetString().ShouldBe("registry");
        response.Headers.Contains("X-Correlation-Id").ShouldBeTrue();
    }

    [Fact]
    public async Task What_the_gateway_logs_about_a_call_carries_its_correlation_id()
    {
        var client = gateway.ClientFor("trecate");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/organisations");
        request.Headers.Add("X-Correlation-Id", "logged-call-1");

        await client.SendAsync(request);

        // The proxy's warning about the refused connection is written inside the request's scope.
        gateway.Logs.Entries.ShouldContain(e => e.Level >= LogLevel.Warning
            && e.ScopeValues.ContainsKey("CorrelationId") && Equals(e.ScopeValues["CorrelationId"], "logged-call-1"));
    }

    [Fact]
    public async Task The_gateways_own_health_does_not_depend_on_the_services()
    {
        var client = gateway.ClientFor(tenant: null);

        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/alive")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // A port that was free a moment ago: nothing listens there, so connecting is refused at once.
    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
