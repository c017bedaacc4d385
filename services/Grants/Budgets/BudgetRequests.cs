using FluentValidation;
using Rete.Grants.Money;

namespace Rete.Grants.Budgets;

public sealed record BudgetLineRequest(LineKind? Kind, string? Name, decimal? Amount);

public sealed record CreateBudgetRequest(int? Year, FundingSource? Source, string? Name, string? Notes, List<BudgetLineRequest>? Lines);

public sealed record ChangeBudgetLineRequest(string? Name, decimal? Amount);

internal sealed class BudgetLineRequestValidator : AbstractValidator<BudgetLineRequest>
{
    public BudgetLineRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Amount).NotNull().WithMessage("Indicare l'importo.").OptionalEuro();
    }
}

internal sealed class CreateBudgetRequestValidator : AbstractValidator<CreateBudgetRequest>
{
    public CreateBudgetRequestValidator()
    {
        RuleFor(r => r.Year).NotNull().InclusiveBetween(1990, 2100);
        RuleFor(r => r.Source).NotNull();
        RuleFor(r => r.Name).MaximumLength(200);
        RuleFor(r => r.Notes).MaximumLength(4000);
        RuleFor(r => r.Lines).Must(l => l is null || l.Count <= 100).WithMessage("Al massimo 100 voci per bilancio.");
        RuleForEach(r => r.Lines).SetValidator(new BudgetLineRequestValidator());
    }
}

internal sealed class ChangeBudgetLineRequestValidator : AbstractValidator<ChangeBudgetLineRequest>
{
    public ChangeBudgetLineRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Amount).NotNull().WithMessage("Indicare l'importo.").OptionalEuro();
    }
}
