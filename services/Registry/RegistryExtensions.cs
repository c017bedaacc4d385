using Rete.Registry.Accreditations;
using Rete.Registry.Consortium;
using Rete.Registry.Networks;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Messaging;

namespace Rete.Registry;

public static class RegistryExtensions
{
    public const string ServiceName = ReteResources.Registry;

    public static IHostApplicationBuilder AddRegistry(this IHostApplicationBuilder builder)
    {
        builder.AddReteDatabase<RegistryDbContext>(ReteResources.RegistryDb);
        builder.AddReteMessaging(ServiceName);
        builder.Services.AddValidatorsFrom(typeof(RegistryExtensions).Assembly);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication MapRegistryApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/registry");
        api.MapOrganisationsApi();
        api.MapAccreditationsApi();
        api.MapConsortiumApi();
        api.MapNetworksApi();
        return app;
    }
}
