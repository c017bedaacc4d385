using Microsoft.AspNetCore.Hosting;
using Rete.Testing;

namespace Rete.Identity.Tests;

/// <summary>The Identity service in-process on a fresh database of the test PostgreSQL, with its development users seeded.</summary>
public class IdentityFactory() : ServiceFactory<Program>("identity-db", "identity")
{
    public const string Password = "Rete-sviluppo-2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:Issuer", "http://localhost/");
    }
}
