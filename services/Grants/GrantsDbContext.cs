using Microsoft.EntityFrameworkCore;
using Rete.Grants.Awards;
using Rete.Grants.Budgets;
using Rete.Grants.Organisations;
using Rete.Grants.Reservations;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Grants;

public sealed class GrantsDbContext(DbContextOptions<GrantsDbContext> options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : ReteDbContext(options, tenant, outboxSignal)
{
    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<StipendReservation> Reservations => Set<StipendReservation>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GrantsDbContext).Assembly);
}
