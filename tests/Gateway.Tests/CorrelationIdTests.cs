using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Rete.Gateway.Tests;

public sealed class CorrelationIdTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Header = "X-Correlation-Id";

    [Fact]
    public async Task A_call_without_an_id_gets_one_that_the_service_sees_too()
    {
        var client = fixture.Gateway.ClientFor("trecate");

        var response = await client.GetAsync("/api/registry/organisations");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = response.Headers.GetValues(Header).ShouldHaveSingleItem();
        id.ShouldMatch("^[0-9a-f]{32}$");
        var echo = (await response.Content.ReadFromJsonAsync<Echo>())!;
        echo.Header(Header).ShouldBe(id);
    }

    [Fact]
    public async Task A_callers_id_is_kept_end_to_end()
    {
        var client = fixture.Gateway.ClientFor("trecate");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/organisations");
        request.Headers.Add(Header, "desk-42.req_7-A");

        var response = await client.SendAsync(request);

        response.Headers.GetValues(Header).ShouldHaveSingleItem().ShouldBe("desk-42.req_7-A");
        var echo = (await response.Content.ReadFromJsonAsync<Echo>())!;
        echo.Header(Header).ShouldBe("desk-42.req_7-A");
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("semi;colon")]
    [InlineData("a-65-character-id-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_malformed_id_is_replaced_before_it_travels(string given)
    {
        var client = fixture.Gateway.ClientFor("trecate");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/organisations");
        request.Headers.TryAddWithoutValidation(Header, given);

        var response = await client.SendAsync(request);

        var id = response.Headers.GetValues(Header).ShouldHaveSingleItem();
        id.ShouldNotBe(given);
        id.ShouldMatch("^[0-9a-f]{32}$");
        var echo = (await response.Content.ReadFromJsonAsync<Echo>())!;
        echo.Header(Header).ShouldBe(id);
    }

    [Fact]
    public async Task The_request_span_is_tagged_with_the_id()
    {
        var tagged = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("rete.correlation_id") as string == "traced-call-1")
                {
                    tagged.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var client = fixture.Gateway.ClientFor("trecate");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/organisations");
        request.Headers.Add(Header, "traced-call-1");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The server span stops just after the response is sent: give it a moment.
        for (var i = 0; i < 50 && tagged.IsEmpty; i++)
        {
            await Task.Delay(20);
        }

        tagged.ShouldHaveSingleItem().Kind.ShouldBe(ActivityKind.Server);
    }

    [Fact]
    public async Task The_gateways_own_refusals_carry_the_id()
    {
        var client = fixture.Gateway.ClientFor(tenant: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/organisations");
        request.Headers.Add(Header, "refused-call-1");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.GetValues(Header).ShouldHaveSingleItem().ShouldBe("refused-call-1");
    }
}
