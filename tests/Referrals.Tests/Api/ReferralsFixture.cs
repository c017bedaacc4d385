using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

public class ReferralsFactory() : ServiceFactory<Program>(ReteResources.ReferralsDb, ReteResources.Referrals);

/// <summary>One Referrals service with its own database and a subscriber to its events. Tests use fresh tenants.</summary>
public sealed class ReferralsFixture : IAsyncLifetime
{
    public ReferralsFactory Factory { get; } = new();

    public EventCollector Events { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Events = await EventCollector.StartAsync("Rete.Contracts.Referrals");
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
public sealed class ReferralsCollection : ICollectionFixture<ReferralsFixture>
{
    public const string Name = "referrals";
}
