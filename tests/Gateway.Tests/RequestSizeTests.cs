using System.Net;

namespace Rete.Gateway.Tests;

public sealed class RequestSizeTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const int OneMiB = 1024 * 1024;

    [Fact]
    public async Task A_body_over_the_default_limit_is_refused_with_413()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        // A careful client announces a large body and waits; without that, the gateway's early answer can close the
        // connection while the body is still being written, and the client sees a broken pipe, not the 413.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/too-large") { Content = new ByteArrayContent(new byte[OneMiB + 1]) };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("title").GetString().ShouldBe("Richiesta troppo grande");
        fixture.Registry.ReceivedPaths.ShouldNotContain("/api/registry/too-large");
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_forwarded()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.PostAsync("/api/registry/at-limit", new ByteArrayContent(new byte[OneMiB]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_chunked_body_that_grows_over_the_limit_is_refused_with_413()
    {
        var client = fixture.Gateway.ClientFor("trecate");
        // No Content-Length: the limit can only be noticed while the body streams through.
        using var content = new StreamContent(new MemoryStream(new byte[2 * OneMiB]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/chunked") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
