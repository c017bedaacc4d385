using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.Referrals.Assignments;
using Rete.Referrals.Candidates;
using Rete.Referrals.Consents;
using Rete.Referrals.Pathway;
using Rete.Referrals.People;
using Rete.Referrals.Referrals;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.ReadModels.Organisations;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Referrals;

public sealed class ReferralsDbContext(DbContextOptions<ReferralsDbContext> options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : ReteDbContext(options, tenant, outboxSignal)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<AccessEntry> AccessLog => Set<AccessEntry>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<GolAssignment> GolAssignments => Set<GolAssignment>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<PlacementStep> PlacementSteps => Set<PlacementStep>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReferralsDbContext).Assembly);
        modelBuilder.AddOrganisationsReadModel();
    }
}
