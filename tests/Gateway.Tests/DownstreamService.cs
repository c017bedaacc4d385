using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rete.Gateway.Tests;

/// <summary>
/// A stand-in for a Rete service on a real port: it answers every request with what it received (method,
/// path, query, headers, body length), and <c>.../status/{code}</c> with that bare status.
/// </summary>
public sealed class DownstreamService : IAsyncDisposable
{
    private readonly WebApplication app;

    private DownstreamService(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>Every path the service has been asked for, in order.</summary>
    public ConcurrentQueue<string> ReceivedPaths { get; } = new();

    public static async Task<DownstreamService> StartAsync()
    {
        var (app, service) = await GatewayFactory.AloneAsync(async () =>
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var built = builder.Build();
            var echo = new DownstreamService(built);
            built.Run(echo.EchoAsync);
            await built.StartAsync();
            return (built, echo);
        });

        service.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return service;
    }

    private async Task EchoAsync(HttpContext context)
    {
        var request = context.Request;
        ReceivedPaths.Enqueue(request.Path.Value ?? "");

        var segments = request.Path.Value?.Split('/') ?? [];
        if (segments.Length >= 2 && segments[^2] == "status" && int.TryParse(segments[^1], out var status))
        {
            context.Response.StatusCode = status;
            return;
        }

        long bodyLength = 0;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            bodyLength += read;
        }

        var echo = new Echo(
            request.Method,
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            bodyLength);
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, echo, cancellationToken: context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record Echo(string Method, string Path, string Query, Dictionary<string, string> Headers, long BodyLength)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
