using Rete.Testing;

namespace Rete.EndToEnd.Tests;

/// <summary>The whole system (<see cref="ReteSystem"/>), reached only through its gateway.</summary>
public static class Gateway
{
    public static Uri Address => ReteSystem.Current.Gateway;

    public static HttpClient Anonymous() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public static HttpClient As(string tenant, params string[] roles)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.For(tenant, roles));
        return client;
    }
}
