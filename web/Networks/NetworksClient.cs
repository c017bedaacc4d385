using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.Networks;

/// <summary>Registry's network tables and their meetings (<c>/api/registry/networks</c>).</summary>
public sealed class NetworksClient(HttpClient http, ILogger<NetworksClient> logger) : ApiClient(http, logger)
{
    private const string Path = "api/registry/networks";

    // A consortium has a handful of tables: one page of 100 is all of them.
    public Task<ApiResult<Page<NetworkTable>>> ListAsync(CancellationToken ct) =>
        SendAsync<Page<NetworkTable>>(new HttpRequestMessage(HttpMethod.Get, $"{Path}?limit=100"), ct);

    public Task<ApiResult<NetworkTable>> GetAsync(Guid id, CancellationToken ct) =>
        SendAsync<NetworkTable>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}"), ct);

    public Task<ApiResult<List<Meeting>>> MeetingsAsync(Guid id, CancellationToken ct) =>
        SendAsync<List<Meeting>>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}/meetings"), ct);

    public Task<ApiResult<Meeting>> RecordMeetingAsync(Guid id, MeetingRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Meeting>(Once($"{Path}/{id}/meetings", request, idempotencyKey), ct);
}
