using Microsoft.AspNetCore.WebUtilities;
using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.Organisations;

/// <summary>Registry's organisations API (<c>/api/registry/organisations</c>).</summary>
public sealed class OrganisationsClient(HttpClient http, ILogger<OrganisationsClient> logger) : ApiClient(http, logger)
{
    private const string Path = "api/registry/organisations";

    public Task<ApiResult<Page<Organisation>>> SearchAsync(OrganisationSearch search, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["limit"] = search.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Add(query, "q", search.Q);
        Add(query, "kind", search.Kind);
        Add(query, "municipality", search.Municipality);
        Add(query, "cursor", search.Cursor);
        return SendAsync<Page<Organisation>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(Path, query)), ct);
    }

    public Task<ApiResult<Organisation>> GetAsync(Guid id, CancellationToken ct) =>
        SendAsync<Organisation>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}"), ct);

    public Task<ApiResult<Organisation>> RegisterAsync(OrganisationRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Organisation>(Once(Path, request, idempotencyKey), ct);

    /// <summary>With the ETag the person's copy was read with: Registry refuses to overwrite a newer version.</summary>
    public Task<ApiResult<Organisation>> UpdateAsync(Guid id, OrganisationRequest request, string etag, CancellationToken ct) =>
        SendAsync<Organisation>(Json(HttpMethod.Put, $"{Path}/{id}", request, etag), ct);

    /// <summary>
    /// The tenant's organisations by name, for the lists to choose from and to name the ids other APIs answer with:
    /// one page of Registry's largest size (200). Empty when Registry refuses: a page then shows ids, not an error.
    /// </summary>
    /// <summary>Suspend, reactivate or close, with the version read: a change made meanwhile is a 412.</summary>
    public Task<ApiResult<Organisation>> ChangeStatusAsync(Guid id, string step, StatusChangeRequest request, string etag, CancellationToken ct) =>
        SendAsync<Organisation>(Json(HttpMethod.Post, $"{Path}/{id}/{step}", request, etag), ct);

    public Task<ApiResult<IReadOnlyList<Accreditation>>> AccreditationsAsync(Guid id, CancellationToken ct) =>
        SendAsync<IReadOnlyList<Accreditation>>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}/accreditations"), ct);

    public Task<ApiResult<Accreditation>> GetAccreditationAsync(Guid id, CancellationToken ct) =>
        SendAsync<Accreditation>(new HttpRequestMessage(HttpMethod.Get, $"api/registry/accreditations/{id}"), ct);

    public Task<ApiResult<Accreditation>> AddAccreditationAsync(Guid id, AddAccreditationRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Accreditation>(Once($"{Path}/{id}/accreditations", request, idempotencyKey), ct);

    /// <summary>Renew or expire, with the accreditation's version read.</summary>
    public Task<ApiResult<Accreditation>> ChangeAccreditationAsync(Guid id, string step, object body, string etag, CancellationToken ct) =>
        SendAsync<Accreditation>(Json(HttpMethod.Post, $"api/registry/accreditations/{id}/{step}", body, etag), ct);

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ChoicesAsync(CancellationToken ct)
    {
        var result = await SearchAsync(new OrganisationSearch(null, null, null, null, 200), ct);
        return result.Value is { } page
            ? [.. page.Items.OrderBy(o => o.Name, StringComparer.CurrentCulture).Select(o => new KeyValuePair<string, string>(o.Id.ToString(), o.Name))]
            : [];
    }

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query[key] = value.Trim();
        }
    }
}
