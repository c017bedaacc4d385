using MassTransit;
using Npgsql;
using Rete.Indicators.Events;
using Rete.Indicators.Figures;
using Rete.Indicators.Funding;
using Rete.Indicators.Organisations;
using Rete.Indicators.Placements;
using Rete.Indicators.Projects;
using Rete.Indicators.Rebuild;
using Rete.Indicators.Referrals;
using Rete.Indicators.SpecialCategories;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Messaging;

namespace Rete.Indicators;

public static class IndicatorsExtensions
{
    public const string ServiceName = ReteResources.Indicators;

    public static IHostApplicationBuilder AddIndicators(this IHostApplicationBuilder builder)
    {
        builder.AddReteDatabase<IndicatorsDbContext>(ReteResources.IndicatorsDb, WithoutParallelWorkers);
        // Every consumer in this assembly records one contract event; nothing else is subscribed to.
        builder.AddReteMessaging(ServiceName, bus => bus.AddInboxConsumers(typeof(IndicatorsExtensions).Assembly));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Disclosure>();
        builder.Services.AddSingleton<IStreamFold, OrganisationFold>();
        builder.Services.AddSingleton<IStreamFold, AccreditationFold>();
        builder.Services.AddSingleton<IStreamFold, BudgetLineFold>();
        builder.Services.AddSingleton<IStreamFold, GrantFold>();
        builder.Services.AddSingleton<IStreamFold, ReservationFold>();
        builder.Services.AddSingleton<IStreamFold, PlacementFold>();
        builder.Services.AddSingleton<IStreamFold, ProjectFold>();
        builder.Services.AddSingleton<IStreamFold, ReferralFold>();
        builder.Services.AddSingleton<IStreamFold, AssignmentFold>();
        builder.Services.AddSingleton<IStreamFold, ConsentFold>();
        builder.Services.AddSingleton<IStreamFold, PersonFold>();
        builder.Services.AddSingleton<IStreamFold, SpecialCategoryFold>();
        builder.Services.AddSingleton<Projector>();
        return builder;
    }

    /// <summary>
    /// Every read here is a few small index scans (a few hundred counts, one person's rows). PostgreSQL still plans
    /// the counts' union as a parallel append once the table is large, and starting the workers cost 100-200 ms on a
    /// busy machine against 6-12 ms without them (EXPLAIN ANALYZE on a region's counts): this service's sessions
    /// plan without parallel workers. The counts' fill is an INSERT ... SELECT, never parallel anyway.
    /// </summary>
    private static void WithoutParallelWorkers(NpgsqlConnectionStringBuilder connection) =>
        connection.Options = $"{connection.Options} -c max_parallel_workers_per_gather=0".Trim();

    public static WebApplication MapIndicatorsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/indicators").RequireAuthorization(IndicatorsPolicies.Read).WithTags("Indicatori");
        api.MapOrganisationIndicators();
        api.MapFundingIndicators();
        api.MapPlacementIndicators();
        api.MapProjectIndicators();
        api.MapReferralIndicators();
        api.MapSpecialCategoryIndicators();
        api.MapRebuild();
        api.MapEventStatus();
        return app;
    }
}
