using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

public sealed class RegistryFactory() : ServiceFactory<Program>(ReteResources.RegistryDb, ReteResources.Registry);

/// <summary>One Registry with its own database and an integrator-style subscriber to its events. Tests use fresh tenants.</summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    public RegistryFactory Factory { get; } = new();

    public EventCollector Events { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Events = await EventCollector.StartAsync("Rete.Contracts.Registry");
        Factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await Events.DisposeAsync();
        await Factory.DisposeAsync();
    }

    public static string NewTenant() => TestTenants.Next();
}

[CollectionDefinition(Name)]
public sealed class RegistryCollection : ICollectionFixture<RegistryFixture>
{
    public const string Name = "registry";
}
