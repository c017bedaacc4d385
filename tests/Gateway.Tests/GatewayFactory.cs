using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rete.Gateway.Tests;

/// <summary>
/// The gateway on a real Kestrel port (so body limits, connections and client addresses behave as in
/// production), configured through the same keys the launcher sets.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public GatewayFactory(IDictionary<string, string?> settings)
    {
        this.settings = new Dictionary<string, string?>(settings)
        {
            ["Auth:SigningKey"] = TestTokens.SigningKey,
            ["Auth:Issuer"] = TestTokens.Issuer,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Tenancy:Tenants"] = "trecate,zona-ovest",
        };
        UseKestrel(0);
    }

    public static GatewayFactory For(Uri registry, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["services:registry:http:0"] = registry.ToString() };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new GatewayFactory(settings);
    }

    /// <summary>What the gateway logged, scopes included.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: the only environment in which the development signing key is accepted.
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs));
    }

    /// <summary>
    /// Hosts of this process start one at a time. WebApplicationFactory finds the gateway's host by listening for any
    /// host being built in the process, so a <see cref="DownstreamService"/> built by a test class running beside it
    /// could be taken for the gateway ("Addresses cannot be modified after the server has started").
    /// </summary>
    internal static readonly SemaphoreSlim Starting = new(1, 1);

    /// <summary>Builds or starts another host of the process, never while the gateway's is being built.</summary>
    internal static async Task<T> AloneAsync<T>(Func<Task<T>> start)
    {
        await Starting.WaitAsync();
        try
        {
            return await start();
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>Starts the gateway (once), never while another host of the process is being built.</summary>
    public void Start()
    {
        Starting.Wait();
        try
        {
            StartServer();
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>The address Kestrel listens on; starts the gateway on first use.</summary>
    public Uri Address
    {
        get
        {
            Start();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    public HttpClient ClientFor(string? tenant)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Address });
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(tenant));
        }

        return client;
    }
}
