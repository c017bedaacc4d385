using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Grants;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GrantsDbContext>
{
    public GrantsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GrantsDbContext>()
            .UseNpgsql("Host=localhost;Database=grants", o => o.MigrationsHistoryTable("ef_migrations_history")).Options,
            new TenantContext());
}
