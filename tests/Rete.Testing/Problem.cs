using System.Net;
using System.Text.Json;
using Shouldly;

namespace Rete.Testing;

/// <summary>Assertions on the problem-details answers every service gives for broken rules and bad input.</summary>
public static class Problem
{
    public static async Task ShouldBeConflictAsync(this HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(code);
    }

    public static async Task ShouldBeInvalidAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }
}
