using Microsoft.EntityFrameworkCore;
using Rete.Identity.Users;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Identity;

/// <summary>
/// Users (tenant-owned: query filter and row-level security), the sign-in names that say which tenant a name
/// belongs to before anyone is signed in, and OpenIddict's applications, authorizations, scopes and tokens.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : ReteDbContext(options, tenant, outboxSignal)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<SignInName> SignInNames => Set<SignInName>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new UserConfiguration());
        modelBuilder.ApplyConfiguration(new SignInNameConfiguration());
        modelBuilder.UseOpenIddict();
    }
}
