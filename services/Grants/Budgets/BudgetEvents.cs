using Rete.Contracts.Grants;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Budgets;

internal static class BudgetEvents
{
    public static BudgetLineSet LineSet(Budget b, BudgetLine l, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), l.TenantId, now, l.Id, l.Version, b.Id, b.Year, EnumText.Name(b.Source), EnumText.Name(l.Kind), l.Name, l.Amount);
}
