using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Auth;
using Rete.Testing;

namespace Rete.Identity.Tests;

/// <summary>
/// A service built on ServiceDefaults, configured only with Auth:Authority, accepts the provider's tokens (issuer and
/// keys from the discovery document over real HTTP), and still the development tokens in Development.
/// </summary>
public sealed class ServicesAcceptTokensTests : IAsyncLifetime
{
    private readonly int port = FreePort();
    private IdentityFactory identity = null!;
    private WebApplication service = null!;

    public async Task InitializeAsync()
    {
        identity = new KestrelIdentity(port);
        identity.UseKestrel(port);
        identity.StartServer();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Auth:Authority"] = $"http://127.0.0.1:{port}/";
        builder.Configuration["Auth:SigningKey"] = TestEnvironment.SigningKey;
        builder.AddServiceDefaults();
        service = builder.Build();
        service.UseServiceDefaults();
        service.MapGet("/who", (HttpContext c) => $"{c.User.Tenant()}:{string.Join(',', c.User.FindAll("role").Select(r => r.Value))}");
        await service.StartAsync();
    }

    [Fact]
    public async Task A_token_from_the_provider_is_accepted_with_its_tenant_and_roles()
    {
        using var browser = SignInFlow.RealBrowser(new Uri($"http://127.0.0.1:{port}"));
        var token = await new SignInFlow(identity, browser).SignInAsync("partner@torino", IdentityFactory.Password);
        using var client = service.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var answer = await client.GetAsync("/who");

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await answer.Content.ReadAsStringAsync()).ShouldBe("torino:partner");
    }

    [Fact]
    public async Task A_development_token_is_still_accepted_in_Development_and_a_forged_one_is_not()
    {
        using var client = service.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("trecate", "auditor"));
        (await client.GetStringAsync("/who")).ShouldBe("trecate:auditor");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            Tokens.Create("trecate", ["consortium-admin"], signingKey: "a-key-nobody-configured-anywhere-at-all-0123456789"));
        (await client.GetAsync("/who")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await identity.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class KestrelIdentity(int port) : IdentityFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:Issuer", $"http://127.0.0.1:{port}/");
            builder.UseSetting("Identity:WebClient:BaseAddress", "http://localhost/");
        }
    }
}
