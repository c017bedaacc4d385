using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Counters;
using Rete.Indicators.Events;
using Rete.Indicators.Funding;
using Rete.Indicators.Organisations;
using Rete.Indicators.Placements;
using Rete.Indicators.Projects;
using Rete.Indicators.Referrals;
using Rete.Indicators.SpecialCategories;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators;

/// <summary>The stored events and the figure rows folded from them; nothing here is read from another service's database.</summary>
public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options, ITenantContext tenant, OutboxSignal? outboxSignal = null)
    : ReteDbContext(options, tenant, outboxSignal)
{
    public DbSet<RecordedEvent> RecordedEvents => Set<RecordedEvent>();

    public DbSet<OrganisationFigure> Organisations => Set<OrganisationFigure>();

    public DbSet<AccreditationFigure> Accreditations => Set<AccreditationFigure>();

    public DbSet<BudgetLineFigure> BudgetLines => Set<BudgetLineFigure>();

    public DbSet<GrantFigure> Grants => Set<GrantFigure>();

    public DbSet<ReservationFigure> Reservations => Set<ReservationFigure>();

    public DbSet<PlacementFigure> Placements => Set<PlacementFigure>();

    public DbSet<FollowUpFigure> FollowUps => Set<FollowUpFigure>();

    public DbSet<ProjectFigure> Projects => Set<ProjectFigure>();

    public DbSet<ReferralFigure> Referrals => Set<ReferralFigure>();

    public DbSet<AssignmentFigure> GolAssignments => Set<AssignmentFigure>();

    public DbSet<ConsentFigure> Consents => Set<ConsentFigure>();

    public DbSet<PersonFigure> People => Set<PersonFigure>();

    public DbSet<FigureCount> FigureCounts => Set<FigureCount>();

    public DbSet<SpecialCategoryFigure> SpecialCategories => Set<SpecialCategoryFigure>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IndicatorsDbContext).Assembly);
}
