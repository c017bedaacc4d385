using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's model without starting the service or reaching a database.
/// A service declares <c>internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory&lt;FooDbContext&gt;;</c>.
/// </summary>
public abstract class DesignTimeContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ReteDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost", DatabaseExtensions.Configure).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options, new TenantContext(), null)!;
    }
}
