using Microsoft.EntityFrameworkCore;
using Rete.Registry.Accreditations;
using Rete.Registry.Consortium;
using Rete.Registry.Networks;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Registry;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : ReteDbContext(options, tenant, outboxSignal)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Accreditation> Accreditations => Set<Accreditation>();

    public DbSet<ConsortiumProfile> ConsortiumProfiles => Set<ConsortiumProfile>();

    public DbSet<NetworkTable> Networks => Set<NetworkTable>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        // pg_trgm serves the name-fragment half of the organisation search (OrganisationConfiguration).
        modelBuilder.HasPostgresExtension("pg_trgm")
            .ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
}
