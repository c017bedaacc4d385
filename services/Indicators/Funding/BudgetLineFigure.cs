using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Funding;

/// <summary>A budget line (year, funding source, kind, amount) as its latest BudgetLineSet says.</summary>
public sealed class BudgetLineFigure : ITenantOwned
{
    private BudgetLineFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public int Year { get; private set; }

    public string Source { get; private set; } = "";

    /// <summary>"stipends", "grants" or "other".</summary>
    public string Kind { get; private set; } = "";

    public decimal Amount { get; private set; }

    public static BudgetLineFigure? Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events) =>
        events.OfType<BudgetLineSet>().LastOrDefault() is { } m
            ? new BudgetLineFigure { TenantId = tenantId, Id = id, Year = m.Year, Source = m.Source, Kind = m.Kind, Amount = m.Amount }
            : null;
}
