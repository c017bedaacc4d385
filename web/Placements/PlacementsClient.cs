using Microsoft.AspNetCore.WebUtilities;
using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.Placements;

/// <summary>Placements' API (<c>/api/placements</c>) and, for the proposal's budget line, Grants' budgets.</summary>
public sealed class PlacementsClient(HttpClient http, ILogger<PlacementsClient> logger) : ApiClient(http, logger)
{
    private const string Path = "api/placements/placements";

    public Task<ApiResult<Page<Placement>>> ListAsync(string? status, string? kind, Guid? personId, string? cursor, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["limit"] = "20" };
        Add(query, "status", status);
        Add(query, "kind", kind);
        Add(query, "personId", personId?.ToString());
        Add(query, "cursor", cursor);
        return SendAsync<Page<Placement>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(Path, query)), ct);
    }

    public Task<ApiResult<Placement>> GetAsync(Guid id, CancellationToken ct) =>
        SendAsync<Placement>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}"), ct);

    public Task<ApiResult<Placement>> ProposeAsync(ProposePlacementRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Placement>(Once(Path, request, idempotencyKey), ct);

    /// <summary>A step (funding, start, complete, interrupt, cancel, outcome, attendance) with the version read.</summary>
    public Task<ApiResult<Placement>> StepAsync(Guid id, string step, object body, string etag, CancellationToken ct) =>
        SendAsync<Placement>(Json(HttpMethod.Post, $"{Path}/{id}/{step}", body, etag), ct);

    public Task<ApiResult<FollowUp>> RecordFollowUpAsync(Guid id, int days, object body, string etag, CancellationToken ct) =>
        SendAsync<FollowUp>(Json(HttpMethod.Post, $"{Path}/{id}/follow-ups/{days}", body, etag), ct);

    /// <summary><paramref name="overdue"/>: only those more than 30 days past due.</summary>
    public Task<ApiResult<Page<FollowUp>>> FollowUpsAsync(bool overdue, string? cursor, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["status"] = overdue ? "overdue" : "due", ["limit"] = "50" };
        Add(query, "cursor", cursor);
        return SendAsync<Page<FollowUp>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString("api/placements/follow-ups", query)), ct);
    }

    /// <summary>The stipend lines of the tenant's budgets (Grants' largest page), with the money still available on each.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> StipendLinesAsync(CancellationToken ct)
    {
        var result = await SendAsync<Page<Budget>>(new HttpRequestMessage(HttpMethod.Get, "api/grants/budgets?limit=200"), ct);
        return result.Value is { } page
            ? [.. page.Items.OrderByDescending(b => b.Year).SelectMany(b => b.Lines.Where(l => l.Kind == "stipends")
                .Select(l => new KeyValuePair<string, string>(l.Id.ToString(), $"{b.Year} - {l.Name} (disponibili {PlacementLabels.Euro(l.Available)})")))]
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
