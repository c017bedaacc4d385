using System.Net;
using System.Text.Json;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

/// <summary>One fresh tenant with the calls most tests start from, made as a client would.</summary>
internal sealed class Scenario(GrantsFixture fixture)
{
    public const string Budgets = "/api/grants/budgets";
    public const string Grants = "/api/grants/grants";
    public const string Reservations = "/api/grants/reservations";
    public const string Reports = "/api/grants/reports";

    private static int nextYear = 1990;

    public string Tenant { get; } = GrantsFixture.NewTenant();

    public HttpClient Admin => fixture.Factory.ClientFor(Tenant, "consortium-admin");

    public HttpClient Operator => fixture.Factory.ClientFor(Tenant, "operator");

    /// <summary>Publishes the Registry's OrganisationRegistered and waits until Grants knows the organisation.</summary>
    public async Task<Guid> OrganisationAsync(string name = "Associazione Un Progetto al Femminile", string? taxCode = null)
    {
        var id = Guid.CreateVersion7();
        await fixture.PublishAsync(new OrganisationRegistered(
            Guid.NewGuid(), Tenant, DateTimeOffset.UtcNow, id, 1, name, "association", taxCode, "001272", "2", "active", null));
        await Eventually.TrueAsync(async () => (await Operator.GetAsync($"/api/grants/organisations/{id}")).StatusCode == HttpStatusCode.OK);
        return id;
    }

    /// <summary>A budget of its own year with one line; answers the line's id.</summary>
    public async Task<Guid> LineAsync(decimal amount, string kind = "grants", string source = "municipalFunds", int? year = null)
    {
        var budget = await CreatedAsync(await Admin.PostJsonAsync(Budgets, new
        {
            year = year ?? Interlocked.Increment(ref nextYear) % 100 + 2000,
            source,
            lines = new[] { new { kind, name = "Voce", amount } },
        }));
        return budget.GetProperty("lines")[0].GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> LineFiguresAsync(Guid lineId)
    {
        var budgets = await (await Admin.GetAsync($"{Budgets}?limit=200")).ReadJsonAsync();
        return budgets.GetProperty("items").EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray())
            .Single(l => l.GetProperty("id").GetGuid() == lineId);
    }

    public static object GrantBody(Guid beneficiary, Guid line, decimal awarded, decimal? totalProjectCost = null, int yearFrom = 2015, int? yearTo = null) => new
    {
        title = "Progetto «Col-labora in 2» - Tirocini per il territorio",
        beneficiaryId = beneficiary,
        budgetLineId = line,
        resolution = new { number = "2015 04512/084", date = "2015-05-12", office = "Circoscrizione 2" },
        yearFrom,
        yearTo = yearTo ?? yearFrom,
        awarded,
        totalProjectCost,
        legalBasis = "Regolamento comunale per le modalità di erogazione dei contributi n. 373",
        selectionMethod = "Avviso pubblico",
    };

    public async Task<JsonElement> RecordAsync(Guid beneficiary, Guid line, decimal awarded, decimal? totalProjectCost = null, int yearFrom = 2015) =>
        await CreatedAsync(await Operator.PostJsonAsync(Grants, GrantBody(beneficiary, line, awarded, totalProjectCost, yearFrom)));

    public async Task<Guid> ApprovedAsync(Guid beneficiary, Guid line, decimal awarded, decimal? totalProjectCost = null, int yearFrom = 2015)
    {
        var id = (await RecordAsync(beneficiary, line, awarded, totalProjectCost, yearFrom)).GetProperty("id").GetGuid();
        (await Operator.PostAsync($"{Grants}/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
