using Rete.Web.Apis;

namespace Rete.Web.Indicators;

/// <summary>Indicators' figures for the signed-in user's tenant (<c>/api/indicators</c>), over the period chosen.</summary>
public sealed class IndicatorsClient(HttpClient http, ILogger<IndicatorsClient> logger) : ApiClient(http, logger)
{
    public Task<ApiResult<OrganisationFigures>> OrganisationsAsync(FigurePeriod period, CancellationToken ct) =>
        GetAsync<OrganisationFigures>("organisations", period, ct);

    public Task<ApiResult<PlacementFigures>> PlacementsAsync(FigurePeriod period, CancellationToken ct) =>
        GetAsync<PlacementFigures>("placements", period, ct);

    public Task<ApiResult<ReferralFigures>> ReferralsAsync(FigurePeriod period, CancellationToken ct) =>
        GetAsync<ReferralFigures>("referrals", period, ct);

    public Task<ApiResult<ProjectFigures>> ProjectsAsync(FigurePeriod period, CancellationToken ct) =>
        GetAsync<ProjectFigures>("projects", period, ct);

    public Task<ApiResult<FundingFigures>> FundingAsync(FigurePeriod period, CancellationToken ct) =>
        GetAsync<FundingFigures>("funding", period, ct);

    private Task<ApiResult<T>> GetAsync<T>(string report, FigurePeriod period, CancellationToken ct) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, $"api/indicators/{report}{period.Query()}"), ct);
}
