using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Registry;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseNpgsql("Host=localhost;Database=registry", o => o.MigrationsHistoryTable("ef_migrations_history")).Options,
            new TenantContext());
}
