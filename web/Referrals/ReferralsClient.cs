using Microsoft.AspNetCore.WebUtilities;
using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.Referrals;

/// <summary>Referrals' queues and steps (<c>/api/referrals/referrals</c>).</summary>
public sealed class ReferralsClient(HttpClient http, ILogger<ReferralsClient> logger) : ApiClient(http, logger)
{
    private const string Path = "api/referrals/referrals";

    /// <summary><paramref name="incoming"/>: the organisation's incoming queue, otherwise its outgoing one.</summary>
    public Task<ApiResult<Page<Referral>>> QueueAsync(bool incoming, Guid organisationId, string? status, string? cursor, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["organisationId"] = organisationId.ToString(), ["limit"] = "20" };
        if (status is { Length: > 0 })
        {
            query["status"] = status;
        }

        if (cursor is { Length: > 0 })
        {
            query["cursor"] = cursor;
        }

        var path = QueryHelpers.AddQueryString($"{Path}/{(incoming ? "incoming" : "outgoing")}", query);
        return SendAsync<Page<Referral>>(new HttpRequestMessage(HttpMethod.Get, path), ct);
    }

    public Task<ApiResult<Referral>> GetAsync(Guid id, CancellationToken ct) =>
        SendAsync<Referral>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}"), ct);

    public Task<ApiResult<Referral>> SendAsync(SendReferralRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Referral>(Once(Path, request, idempotencyKey), ct);

    /// <summary>A step (accept, reject, withdraw, close) with the version the person read: a step made meanwhile is a 412.</summary>
    public Task<ApiResult<Referral>> StepAsync(Guid id, string step, object body, string etag, CancellationToken ct) =>
        SendAsync<Referral>(Json(HttpMethod.Post, $"{Path}/{id}/{step}", body, etag), ct);
}
