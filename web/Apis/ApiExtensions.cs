using Microsoft.Extensions.Options;
using Rete.Web.Networks;
using Rete.Web.Organisations;
using Rete.Web.Grants;
using Rete.Web.Indicators;
using Rete.Web.People;
using Rete.Web.Placements;
using Rete.Web.Referrals;
using Rete.Web.Users;

namespace Rete.Web.Apis;

public static class ApiExtensions
{
    /// <summary>A typed client per API, all through the gateway with the signed-in person's access token.</summary>
    public static WebApplicationBuilder AddReteApis(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddApiClient<OrganisationsClient>();
        builder.Services.AddApiClient<NetworksClient>();
        builder.Services.AddApiClient<PeopleClient>();
        builder.Services.AddApiClient<ReferralsClient>();
        builder.Services.AddApiClient<PlacementsClient>();
        builder.Services.AddApiClient<IndicatorsClient>();
        builder.Services.AddApiClient<GrantsClient>();
        builder.Services.AddApiClient<UsersClient>();
        return builder;
    }

    private static void AddApiClient<TClient>(this IServiceCollection services) where TClient : class =>
        services.AddHttpClient<TClient>(ConfigureClient).AddHttpMessageHandler<AccessTokenHandler>();

    private static void ConfigureClient(IServiceProvider services, HttpClient http)
    {
        http.BaseAddress = services.GetRequiredService<IOptions<ApiOptions>>().Value.BaseAddress;
        http.Timeout = TimeSpan.FromSeconds(15);
    }
}
