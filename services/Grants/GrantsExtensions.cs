using Rete.Grants.Awards;
using Rete.Grants.Budgets;
using Rete.Grants.Organisations;
using Rete.Grants.Reports;
using Rete.Grants.Reservations;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Messaging;

namespace Rete.Grants;

public static class GrantsExtensions
{
    public const string ServiceName = ReteResources.Grants;

    public static IHostApplicationBuilder AddGrants(this IHostApplicationBuilder builder)
    {
        builder.AddReteDatabase<GrantsDbContext>(ReteResources.GrantsDb);
        builder.AddReteMessaging(ServiceName, bus =>
        {
            bus.AddOrganisationConsumers();
            bus.AddReservationConsumers();
        });
        builder.Services.AddValidatorsFrom(typeof(GrantsExtensions).Assembly);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<StipendReservations>();
        return builder;
    }

    public static WebApplication MapGrantsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/grants");
        api.MapBudgetsApi();
        api.MapAwardsApi();
        api.MapOrganisationsApi();
        api.MapReservationsApi();
        api.MapReportsApi();
        return app;
    }
}
