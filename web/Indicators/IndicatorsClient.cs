using Rete.Web.Apis;

namespace Rete.Web.Indicators;

/// <summary>Indicators' figures for the signed-in user's tenant (<c>/api/indicators</c>), over the whole history.</summary>
public sealed class IndicatorsClient(HttpClient http, ILogger<IndicatorsClient> logger) : ApiClient(http, logger)
{
    public Task<ApiResult<OrganisationFigures>> OrganisationsAsync(CancellationToken ct) => GetAsync<OrganisationFigures>("organisations", ct);

    public Task<ApiResult<PlacementFigures>> PlacementsAsync(CancellationToken ct) => GetAsync<PlacementFigures>("placements", ct);

    public Task<ApiResult<ReferralFigures>> ReferralsAsync(CancellationToken ct) => GetAsync<ReferralFigures>("referrals", ct);

    public Task<ApiResult<ProjectFigures>> ProjectsAsync(CancellationToken ct) => GetAsync<ProjectFigures>("projects", ct);

    private Task<ApiResult<T>> GetAsync<T>(string report, CancellationToken ct) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, $"api/indicators/{report}"), ct);
}
