using Microsoft.AspNetCore.WebUtilities;
using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.People;

/// <summary>Referrals' people, consents and access log (<c>/api/referrals/people</c>). Every read of a file is logged there.</summary>
public sealed class PeopleClient(HttpClient http, ILogger<PeopleClient> logger) : ApiClient(http, logger)
{
    private const string Path = "api/referrals/people";

    public Task<ApiResult<Page<PersonSummary>>> SearchAsync(PeopleSearch search, string? cursor, CancellationToken ct) =>
        SendAsync<Page<PersonSummary>>(Json(HttpMethod.Post, WithCursor($"{Path}/search", cursor), search), ct);

    public Task<ApiResult<Person>> RegisterAsync(PersonRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Person>(Once(Path, request, idempotencyKey), ct);

    public Task<ApiResult<Person>> GetAsync(Guid id, CancellationToken ct) =>
        SendAsync<Person>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}"), ct);

    public Task<ApiResult<IReadOnlyList<PathwayStep>>> PathwayAsync(Guid id, CancellationToken ct) =>
        SendAsync<IReadOnlyList<PathwayStep>>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}/pathway"), ct);

    public Task<ApiResult<Page<AccessEntry>>> AccessLogAsync(Guid id, string? cursor, CancellationToken ct) =>
        SendAsync<Page<AccessEntry>>(new HttpRequestMessage(HttpMethod.Get, WithCursor($"{Path}/{id}/access-log", cursor)), ct);

    public Task<ApiResult<IReadOnlyList<Consent>>> ConsentsAsync(Guid id, CancellationToken ct) =>
        SendAsync<IReadOnlyList<Consent>>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}/consents"), ct);

    public Task<ApiResult<Consent>> GetConsentAsync(Guid id, Guid consentId, CancellationToken ct) =>
        SendAsync<Consent>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}/consents/{consentId}"), ct);

    public Task<ApiResult<Consent>> GiveConsentAsync(Guid id, ConsentRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Consent>(Once($"{Path}/{id}/consents", request, idempotencyKey), ct);

    public Task<ApiResult<Consent>> WithdrawConsentAsync(Guid id, Guid consentId, WithdrawConsentRequest request, string etag, CancellationToken ct) =>
        SendAsync<Consent>(Json(HttpMethod.Post, $"{Path}/{id}/consents/{consentId}/withdraw", request, etag), ct);

    private static string WithCursor(string path, string? cursor) =>
        cursor is { Length: > 0 } ? QueryHelpers.AddQueryString(path, "cursor", cursor) : path;
}
