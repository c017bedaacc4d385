using System.Net;
using System.Text.Json;

namespace Rete.EndToEnd.Tests;

/// <summary>Reading answers through the gateway, and waiting for figures that events move.</summary>
internal static class Answers
{
    public static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Reads <paramref name="path"/> until <paramref name="done"/> holds or a minute has passed; returns the last answer.</summary>
    public static async Task<JsonElement> EventuallyAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement answer;
        do
        {
            answer = await JsonAsync(client, path);
            if (done(answer))
            {
                return answer;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        return answer;
    }
}
