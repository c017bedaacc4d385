namespace Rete.Grants.Budgets;

public sealed record BudgetLineResponse(
    Guid Id, Guid BudgetId, LineKind Kind, string Name, decimal Amount, decimal Awarded, decimal Reserved, decimal Disbursed,
    decimal Available, int Version)
{
    public static BudgetLineResponse From(BudgetLine l) =>
        new(l.Id, l.BudgetId, l.Kind, l.Name, l.Amount, l.Awarded, l.Reserved, l.Disbursed, l.Available, l.Version);
}

public sealed record BudgetResponse(
    Guid Id, int Year, FundingSource Source, string? Name, string? Notes, IReadOnlyList<BudgetLineResponse> Lines,
    decimal Amount, decimal Awarded, decimal Reserved, decimal Disbursed, decimal Available, int Version)
{
    public static BudgetResponse From(Budget b)
    {
        var lines = b.Lines.OrderBy(l => l.Position).Select(BudgetLineResponse.From).ToList();
        return new(b.Id, b.Year, b.Source, b.Name, b.Notes, lines, lines.Sum(l => l.Amount), lines.Sum(l => l.Awarded),
            lines.Sum(l => l.Reserved), lines.Sum(l => l.Disbursed), lines.Sum(l => l.Available), b.Version);
    }
}
