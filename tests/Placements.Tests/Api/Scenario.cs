using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rete.Contracts.Referrals;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Placements.Tests.Api;

/// <summary>One fresh tenant with a promoting and a host organisation, a stipend line and the calls most tests start from.</summary>
internal sealed class Scenario(PlacementsFixture fixture)
{
    public const string Placements = "/api/placements/placements";
    public const string Budgets = "/api/grants/budgets";

    private static int nextYear = 1990;

    public string Tenant { get; } = TestTenants.Next();

    public HttpClient Operator => fixture.Placements.ClientFor(Tenant, "operator");

    public HttpClient GrantsAdmin => fixture.Grants.ClientFor(Tenant, "consortium-admin");

    public Guid Promoting { get; private set; }

    public Guid Host { get; private set; }

    public static async Task<Scenario> StartAsync(PlacementsFixture fixture)
    {
        var s = new Scenario(fixture);
        s.Promoting = await s.OrganisationAsync("Consorzio dei servizi sociali");
        s.Host = await s.OrganisationAsync("Cooperativa sociale ospitante");
        return s;
    }

    /// <summary>Publishes the Registry's OrganisationRegistered and waits until both services know the organisation.</summary>
    public async Task<Guid> OrganisationAsync(string name, string status = "active")
    {
        var id = Guid.CreateVersion7();
        await fixture.PublishAsync(new OrganisationRegistered(
            Guid.NewGuid(), Tenant, DateTimeOffset.UtcNow, id, 1, name, "association", null, "003149", "2", status, null));
        await Eventually.TrueAsync(async () => await fixture.CountAsync("SELECT count(*) FROM known_organisations WHERE id = @id", ("id", id)) > 0);
        return id;
    }

    /// <summary>A stipend line of its own budget in Grants; answers the line's id.</summary>
    public async Task<Guid> StipendLineAsync(decimal amount)
    {
        var budget = await CreatedAsync(await GrantsAdmin.PostJsonAsync(Budgets, new
        {
            year = Interlocked.Increment(ref nextYear) % 100 + 2000,
            source = "municipalFunds",
            lines = new[] { new { kind = "stipends", name = "Borse lavoro", amount } },
        }));
        return budget.GetProperty("lines")[0].GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> LineFiguresAsync(Guid lineId)
    {
        var budgets = await (await GrantsAdmin.GetAsync($"{Budgets}?limit=200")).ReadJsonAsync();
        return budgets.GetProperty("items").EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray())
            .Single(l => l.GetProperty("id").GetGuid() == lineId);
    }

    public async Task<decimal> ReservedOnLineAsync(Guid lineId) => (await LineFiguresAsync(lineId)).GetProperty("reserved").GetDecimal();

    /// <summary>A person who consented, as Referrals' ConsentGiven says, to a placement with the host.</summary>
    public async Task<Guid> ConsentingPersonAsync(Guid? host = null, string purpose = "placement", DateOnly? givenOn = null)
    {
        var person = Guid.NewGuid();
        var consent = Guid.NewGuid();
        await fixture.PublishAsync(new ConsentGiven(Guid.NewGuid(), Tenant, DateTimeOffset.UtcNow, consent, person, 1, purpose,
            [host ?? Host], givenOn ?? new DateOnly(2024, 1, 1), null));
        await Eventually.TrueAsync(async () => await fixture.CountAsync("SELECT count(*) FROM known_consents WHERE id = @id", ("id", consent)) > 0);
        return person;
    }

    public object Proposal(Guid person, Guid line, decimal monthly = 450m, int months = 3, string kind = "training", string start = "2025-03-03") => new
    {
        personId = person,
        kind,
        promotingOrganisationId = Promoting,
        hostOrganisationId = Host,
        budgetLineId = line,
        monthlyStipend = monthly,
        durationMonths = months,
        plannedStart = start,
        weeklyHours = 20m,
        tutor = "Referente dell'ospitante",
    };

    public async Task<JsonElement> ProposeAsync(Guid line, decimal monthly = 450m, int months = 3, string kind = "training")
    {
        var person = await ConsentingPersonAsync();
        return await CreatedAsync(await Operator.PostJsonAsync(Placements, Proposal(person, line, monthly, months, kind)));
    }

    public async Task<HttpResponseMessage> GetAsync(Guid id) => await Operator.GetAsync($"{Placements}/{id}");

    /// <summary>Waits until the placement reaches the status (Grants answers over the bus).</summary>
    public async Task<JsonElement> WaitForAsync(Guid id, Func<JsonElement, bool> condition)
    {
        JsonElement placement = default;
        await Eventually.TrueAsync(async () =>
        {
            placement = await (await GetAsync(id)).ReadJsonAsync();
            return condition(placement);
        });
        return placement;
    }

    public Task<JsonElement> WaitForStatusAsync(Guid id, string status) =>
        WaitForAsync(id, p => p.GetProperty("status").GetString() == status);

    /// <summary>A step on a placement, with If-Match set to the ETag just read (If-Match is required on every change).</summary>
    public async Task<HttpResponseMessage> StepAsync(Guid id, string step, object? body = null)
    {
        var current = await GetAsync(id);
        current.StatusCode.ShouldBe(HttpStatusCode.OK);
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Placements}/{id}/{step}") { Content = JsonContent.Create(body ?? new { }, options: Http.Json) };
        request.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
        return await Operator.SendAsync(request);
    }

    public async Task<JsonElement> StepOkAsync(Guid id, string step, object? body = null)
    {
        var response = await StepAsync(id, step, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
