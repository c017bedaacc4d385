using Microsoft.AspNetCore.WebUtilities;
using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.Grants;

/// <summary>Grants' API (<c>/api/grants</c>): budgets, grants and their steps, the transparency export.</summary>
public sealed class GrantsClient(HttpClient http, ILogger<GrantsClient> logger) : ApiClient(http, logger)
{
    private const string Budgets = "api/grants/budgets";
    private const string Grants = "api/grants/grants";

    public Task<ApiResult<Page<Budget>>> BudgetsAsync(int? year, string? source, string? cursor, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["limit"] = "20" };
        Add(query, "year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "source", source);
        Add(query, "cursor", cursor);
        return SendAsync<Page<Budget>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(Budgets, query)), ct);
    }

    public Task<ApiResult<Budget>> BudgetAsync(Guid id, CancellationToken ct) =>
        SendAsync<Budget>(new HttpRequestMessage(HttpMethod.Get, $"{Budgets}/{id}"), ct);

    /// <summary>Opens a year's budget for one source (consortium admins); a second one for the same year and source is a 409.</summary>
    public Task<ApiResult<Budget>> CreateBudgetAsync(CreateBudgetRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Budget>(Once(Budgets, request, idempotencyKey), ct);

    public Task<ApiResult<BudgetLine>> AddLineAsync(Guid budget, BudgetLineRequest request, string idempotencyKey, string etag, CancellationToken ct) =>
        SendAsync<BudgetLine>(Once($"{Budgets}/{budget}/lines", request, idempotencyKey, etag), ct);

    public Task<ApiResult<BudgetLine>> ChangeLineAsync(Guid budget, Guid line, ChangeBudgetLineRequest request, string etag, CancellationToken ct) =>
        SendAsync<BudgetLine>(Json(HttpMethod.Put, $"{Budgets}/{budget}/lines/{line}", request, etag), ct);

    public Task<ApiResult<Page<Grant>>> GrantsAsync(GrantSearch search, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["limit"] = "20" };
        Add(query, "year", search.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "status", search.Status);
        Add(query, "beneficiaryId", search.BeneficiaryId?.ToString());
        Add(query, "budgetLineId", search.BudgetLineId?.ToString());
        Add(query, "cursor", search.Cursor);
        return SendAsync<Page<Grant>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(Grants, query)), ct);
    }

    public Task<ApiResult<Grant>> GrantAsync(Guid id, CancellationToken ct) =>
        SendAsync<Grant>(new HttpRequestMessage(HttpMethod.Get, $"{Grants}/{id}"), ct);

    public Task<ApiResult<Grant>> RecordAsync(RecordGrantRequest request, string idempotencyKey, CancellationToken ct) =>
        SendAsync<Grant>(Once(Grants, request, idempotencyKey), ct);

    /// <summary>A step (approve, amendments, disbursements, report, close, revoke) once per form, on the version read.</summary>
    public Task<ApiResult<Grant>> StepAsync(Guid id, string step, object body, string idempotencyKey, string etag, CancellationToken ct) =>
        SendAsync<Grant>(Once($"{Grants}/{id}/{step}", body, idempotencyKey, etag), ct);

    /// <summary>
    /// Every line of the tenant's budgets (largest page), newest year first, named for a choice list.
    /// <paramref name="grantsOnly"/>: leaves out the stipend lines, which take no grants.
    /// </summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> LineChoicesAsync(bool grantsOnly, CancellationToken ct)
    {
        var result = await SendAsync<Page<Budget>>(new HttpRequestMessage(HttpMethod.Get, $"{Budgets}?limit=200"), ct);
        return result.Value is { } page
            ? [.. page.Items.OrderByDescending(b => b.Year).ThenBy(b => b.Source, StringComparer.Ordinal)
                .SelectMany(b => b.Lines.Where(l => !grantsOnly || l.Kind != "stipends")
                .Select(l => new KeyValuePair<string, string>(l.Id.ToString(), $"{b.Year} - {GrantLabels.Source(b.Source)} - {l.Name}")))]
            : [];
    }

    /// <summary>The transparency export as CSV, read with the person's token and handed to the browser as it comes.</summary>
    public async Task<HttpResponseMessage?> TransparencyCsvAsync(int? year, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["format"] = "csv" };
        Add(query, "year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await DownloadAsync(QueryHelpers.AddQueryString("api/grants/reports/transparency", query), ct);
    }

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query[key] = value.Trim();
        }
    }
}
