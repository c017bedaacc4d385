using System.Text.Json;
using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.Contracts.Registry;

namespace Rete.Indicators.Tests;

/// <summary>
/// The events Registry and Grants publish while the seeder loads seeds/data/torino.json and torino.grants.json (the
/// District 2 chronology): the organisations it pays, a BudgetLineSet per line, a GrantRecorded and GrantApproved per
/// grant (and a GrantAmended per top-up), a StipendsReserved per aggregated stipend reservation.
/// </summary>
internal static class SeedEvents
{
    public static List<IIntegrationEvent> Torino(string tenant)
    {
        using var registry = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedData, "torino.json")));
        using var grants = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedData, "torino.grants.json")));
        var at = DateTimeOffset.UtcNow;
        var events = new List<IIntegrationEvent>();

        var organisations = new Dictionary<string, Guid>();
        var beneficiaries = grants.RootElement.GetProperty("grants").EnumerateArray().Select(g => g.GetProperty("beneficiary").GetString()!).ToHashSet();
        foreach (var o in registry.RootElement.GetProperty("organisations").EnumerateArray().Where(o => beneficiaries.Contains(o.GetProperty("key").GetString()!)))
        {
            var id = Guid.CreateVersion7();
            organisations[o.GetProperty("key").GetString()!] = id;
            events.Add(new OrganisationRegistered(Guid.CreateVersion7(), tenant, at, id, 1, o.GetProperty("name").GetString()!,
                o.GetProperty("kind").GetString()!, null, Text(o, "municipalityIstat"), Text(o, "district"), "active", null));
        }

        var lines = new Dictionary<string, Guid>();
        foreach (var b in grants.RootElement.GetProperty("budgets").EnumerateArray())
        {
            var budgetId = Guid.CreateVersion7();
            foreach (var l in b.GetProperty("lines").EnumerateArray())
            {
                var id = Guid.CreateVersion7();
                lines[$"{b.GetProperty("key").GetString()}/{l.GetProperty("key").GetString()}"] = id;
                events.Add(new BudgetLineSet(Guid.CreateVersion7(), tenant, at, id, 1, budgetId, b.GetProperty("year").GetInt32(),
                    b.GetProperty("source").GetString()!, l.GetProperty("kind").GetString()!, l.GetProperty("name").GetString()!,
                    l.GetProperty("amount").GetDecimal()));
            }
        }

        foreach (var g in grants.RootElement.GetProperty("grants").EnumerateArray())
        {
            var id = Guid.CreateVersion7();
            var beneficiary = organisations[g.GetProperty("beneficiary").GetString()!];
            var line = lines[g.GetProperty("line").GetString()!];
            var awarded = g.GetProperty("awarded").GetDecimal();
            decimal? cost = g.TryGetProperty("totalProjectCost", out var c) ? c.GetDecimal() : null;
            var yearFrom = g.GetProperty("yearFrom").GetInt32();
            var yearTo = g.TryGetProperty("yearTo", out var y) ? y.GetInt32() : yearFrom;
            events.Add(new GrantRecorded(Guid.CreateVersion7(), tenant, at, id, 1, beneficiary, line, g.GetProperty("title").GetString()!,
                yearFrom, yearTo, awarded, cost));
            events.Add(new GrantApproved(Guid.CreateVersion7(), tenant, at, id, 2, beneficiary, line, awarded));
            var version = 2;
            var amendments = g.TryGetProperty("amendments", out var list) ? list.EnumerateArray().ToList() : [];
            foreach (var a in amendments)
            {
                var amount = a.GetProperty("amount").GetDecimal();
                awarded += a.GetProperty("kind").GetString() == "topUp" ? amount : -amount;
                events.Add(new GrantAmended(Guid.CreateVersion7(), tenant, at, id, ++version, Guid.CreateVersion7(),
                    a.GetProperty("kind").GetString()!, amount, awarded, "approved"));
            }
        }

        foreach (var r in grants.RootElement.GetProperty("stipendReservations").EnumerateArray())
        {
            var months = r.GetProperty("months").GetInt32();
            var monthly = r.GetProperty("monthlyAmount").GetDecimal();
            events.Add(new StipendsReserved(Guid.CreateVersion7(), tenant, at, Guid.CreateVersion7(), 1, null,
                lines[r.GetProperty("line").GetString()!], months, monthly, months * monthly));
        }

        return events;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string SeedData
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Rete.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds", "data");
                }
            }

            throw new DirectoryNotFoundException("The repository (Rete.sln) is not above the test's output folder.");
        }
    }
}
