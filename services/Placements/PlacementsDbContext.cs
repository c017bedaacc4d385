using Microsoft.EntityFrameworkCore;
using Rete.Placements.Attendance;
using Rete.Placements.Consents;
using Rete.Placements.FollowUps;
using Rete.Placements.Placements;
using Rete.Placements.Projects;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.ReadModels.Organisations;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Placements;

public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : ReteDbContext(options, tenant, outboxSignal)
{
    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<AttendanceMonth> Attendance => Set<AttendanceMonth>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<KnownConsent> Consents => Set<KnownConsent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacementsDbContext).Assembly);
        modelBuilder.AddOrganisationsReadModel();
    }
}
