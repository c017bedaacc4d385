namespace Rete.Gateway.Tests;

/// <summary>One downstream "registry" and a gateway in front of it, with the default limits.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public DownstreamService Registry { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Registry = await DownstreamService.StartAsync();
        // "other" is not a Rete service: its key must be ignored.
        Gateway = GatewayFactory.For(Registry.Address, ("services:other:http:0", Registry.Address.ToString()));
        Gateway.Start();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Registry.DisposeAsync();
    }
}
