using Rete.Placements.Attendance;
using Rete.Placements.Consents;
using Rete.Placements.FollowUps;
using Rete.Placements.Funding;
using Rete.Placements.Placements;
using Rete.Placements.Projects;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Placements;

public static class PlacementsExtensions
{
    public const string ServiceName = ReteResources.Placements;

    public static IHostApplicationBuilder AddPlacements(this IHostApplicationBuilder builder)
    {
        builder.AddReteDatabase<PlacementsDbContext>(ReteResources.PlacementsDb);
        builder.AddReteMessaging(ServiceName, bus =>
        {
            bus.AddOrganisationsReadModel();
            bus.AddConsentConsumers();
            bus.AddFundingConsumers();
        });
        builder.Services.AddValidatorsFrom(typeof(PlacementsExtensions).Assembly);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlacementsPolicies.Manage, p => p.RequireAuthenticatedUser().RequireRole(PlacementsPolicies.Managers))
            .AddPolicy(PlacementsPolicies.Attendance, p => p.RequireAuthenticatedUser().RequireRole(PlacementsPolicies.Tutors))
            .AddPolicy(PlacementsPolicies.Pay, p => p.RequireAuthenticatedUser().RequireRole(PlacementsPolicies.Payers));
        return builder;
    }

    public static WebApplication MapPlacementsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/placements");
        api.MapPlacementsEndpoints();
        api.MapAttendanceApi();
        api.MapFollowUpsApi();
        api.MapProjectsApi();
        return app;
    }
}
