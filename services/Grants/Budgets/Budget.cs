using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Grants.Budgets;

/// <summary>Where the money comes from (fonte di finanziamento).</summary>
public enum FundingSource
{
    MunicipalFunds,         // fondi propri del Comune o della Circoscrizione
    CityLabourDivision,     // Divisione/Direzione Lavoro della Città
    Region,                 // Regione
    GolPnrr,                // GOL, PNRR
    Esf,                    // Fondo Sociale Europeo
    ParticipatoryBudgeting, // bilancio partecipato
}

/// <summary>
/// A tenant's budget for one year and one funding source, split into lines. Its version rises when a line is added or
/// changed, and every line it sets raises <c>BudgetLineSet</c>.
/// </summary>
public sealed class Budget : Aggregate, ITenantOwned, IHasId
{
    private Budget()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public int Year { get; private set; }

    public FundingSource Source { get; private set; }

    public string? Name { get; private set; }

    public string? Notes { get; private set; }

    public List<BudgetLine> Lines { get; private set; } = [];

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A new budget at version 1, with its first lines.</summary>
    public static Budget Create(
        string tenantId, int year, FundingSource source, string? name, string? notes, IEnumerable<(LineKind Kind, string Name, decimal Amount)> lines,
        DateTimeOffset now)
    {
        var budget = new Budget
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Year = year,
            Source = source,
            Name = name?.Trim(),
            Notes = notes,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        budget.Lines.AddRange(lines.Select((l, i) => BudgetLine.Open(tenantId, budget.Id, i + 1, l.Kind, l.Name, l.Amount, now)));
        budget.Lines.ForEach(line => budget.Raise(BudgetEvents.LineSet(budget, line, now)));
        return budget;
    }

    /// <summary>Adds a line to an existing budget: a change of the budget.</summary>
    public BudgetLine AddLine(LineKind kind, string name, decimal amount, DateTimeOffset now)
    {
        var line = BudgetLine.Open(TenantId, Id, Lines.Count == 0 ? 1 : Lines.Max(l => l.Position) + 1, kind, name, amount, now);
        Lines.Add(line);
        Changed(now);
        Raise(BudgetEvents.LineSet(this, line, now));
        return line;
    }

    /// <summary>Renames or resizes one of its lines (the caller holds the line's lock, so it may be the only line loaded).</summary>
    public void ChangeLine(BudgetLine line, string name, decimal amount, DateTimeOffset now)
    {
        if (line.BudgetId != Id)
        {
            throw new InvalidOperationException("A budget changes only its own lines.");
        }

        line.Change(name, amount, now);
        Changed(now);
        Raise(BudgetEvents.LineSet(this, line, now));
    }

    /// <summary>A line changed: the budget's version (its ETag) moves on.</summary>
    private void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
