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

    /// <summary>The new residence, with the version of the file read: a change made meanwhile is a 412.</summary>
    public Task<ApiResult<PersonResidence>> ChangeResidenceAsync(Guid id, ResidenceRequest request, string etag, CancellationToken ct) =>
        SendAsync<PersonResidence>(Json(HttpMethod.Put, $"{Path}/{id}/residence", request, etag), ct);

    /// <summary>Enters the person in the candidate bank or updates the profile; Referrals wants a candidate-bank consent in force.</summary>
    public Task<ApiResult<CandidateProfile>> PutCandidateAsync(Guid id, CandidateRequest request, CancellationToken ct) =>
        SendAsync<CandidateProfile>(Json(HttpMethod.Put, $"api/referrals/candidates/{id}", request), ct);

    /// <summary>The person's entry in the bank; a 404 with code <c>not-in-bank</c> when there is none (Referrals records the read).</summary>
    public Task<ApiResult<CandidateProfile>> CandidateAsync(Guid id, CancellationToken ct) =>
        SendAsync<CandidateProfile>(new HttpRequestMessage(HttpMethod.Get, $"api/referrals/candidates/{id}"), ct);

    public Task<ApiResult<CandidateProfile>> RemoveCandidateAsync(Guid id, CancellationToken ct) =>
        SendAsync<CandidateProfile>(new HttpRequestMessage(HttpMethod.Delete, $"api/referrals/candidates/{id}"), ct);

    public Task<ApiResult<GolAssignment>> AssignAsync(AssignRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<GolAssignment>(Once("api/referrals/assignments", request, idempotencyKey), ct);

    /// <summary>One assignment with its ETag, which closing it needs.</summary>
    public Task<ApiResult<GolAssignment>> AssignmentAsync(Guid id, CancellationToken ct) =>
        SendAsync<GolAssignment>(new HttpRequestMessage(HttpMethod.Get, $"api/referrals/assignments/{id}"), ct);

    public Task<ApiResult<GolAssignment>> CloseAssignmentAsync(Guid id, CloseAssignmentRequest request, string etag, CancellationToken ct) =>
        SendAsync<GolAssignment>(Json(HttpMethod.Post, $"api/referrals/assignments/{id}/close", request, etag), ct);

    /// <summary>The copy of the data (art. 15), read with the person's token and handed to the browser as it comes; null when unreachable.</summary>
    public Task<HttpResponseMessage?> ExportAsync(Guid id, CancellationToken ct) => DownloadAsync($"{Path}/{id}/export", ct);

    private static string WithCursor(string path, string? cursor) =>
        cursor is { Length: > 0 } ? QueryHelpers.AddQueryString(path, "cursor", cursor) : path;
}
