using Rete.Testing;

namespace Rete.EndToEnd.Tests;

/// <summary>The whole system as `./rete test` started it through the launcher: reached only through its gateway.</summary>
public static class Gateway
{
    public static Uri Address => new(Environment.GetEnvironmentVariable("RETE_E2E_GATEWAY") is { Length: > 0 } url
        ? url
        : throw new InvalidOperationException("RETE_E2E_GATEWAY is not set: run the end-to-end tests with `./rete test`."));

    public static HttpClient Anonymous() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public static HttpClient As(string tenant, params string[] roles)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.For(tenant, roles));
        return client;
    }
}
