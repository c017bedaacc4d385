namespace Rete.Grants.Budgets;

public static class BudgetsApi
{
    public static RouteGroupBuilder MapBudgetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/budgets").WithTags("Budgets");
        group.MapCreateBudget();
        group.MapReadBudgets();
        group.MapChangeBudgetLines();
        return group;
    }
}
