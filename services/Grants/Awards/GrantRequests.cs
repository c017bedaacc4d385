using FluentValidation;
using Rete.Grants.Money;

namespace Rete.Grants.Awards;

public sealed record ResolutionRequest(string? Number, DateOnly? Date, string? Office)
{
    public Resolution ToResolution() => new(Blank(Number), Date, Blank(Office));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The body that records a grant. The period is given as years (<c>yearFrom</c>, <c>yearTo</c>), as dates
/// (<c>startDate</c>, <c>endDate</c>), or both when they agree.
/// </summary>
public sealed record RecordGrantRequest(
    string? Title, string? Project, Guid? BeneficiaryId, Guid? BudgetLineId, ResolutionRequest? Resolution,
    int? YearFrom, int? YearTo, DateOnly? StartDate, DateOnly? EndDate, decimal? Awarded, decimal? TotalProjectCost,
    string? LegalBasis, string? SelectionMethod, string? Notes)
{
    public GrantDetails ToDetails()
    {
        var from = YearFrom ?? StartDate!.Value.Year;
        return new(Title!, Project, BeneficiaryId!.Value, BudgetLineId!.Value, Resolution?.ToResolution() ?? Awards.Resolution.None,
            from, YearTo ?? EndDate?.Year ?? from,
            StartDate, EndDate, Awarded!.Value, TotalProjectCost, LegalBasis, SelectionMethod, Notes);
    }
}

public sealed record AmendGrantRequest(AmendmentKind? Kind, decimal? Amount, ResolutionRequest? Resolution, string? Reason);

public sealed record DisburseGrantRequest(decimal? Amount, DateOnly? Date, string? Reference);

public sealed record ReportGrantRequest(decimal? ActualSpend, DateOnly? ReportedOn, string? Note);

public sealed record RevokeGrantRequest(string? Reason);

internal sealed class ResolutionRequestValidator : AbstractValidator<ResolutionRequest>
{
    public ResolutionRequestValidator()
    {
        RuleFor(r => r.Number).MaximumLength(50);
        RuleFor(r => r.Office).MaximumLength(200);
        RuleFor(r => r.Date).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
    }
}

internal sealed class RecordGrantRequestValidator : AbstractValidator<RecordGrantRequest>
{
    public RecordGrantRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Project).MaximumLength(4000);
        RuleFor(r => r.BeneficiaryId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.BudgetLineId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Resolution!).SetValidator(new ResolutionRequestValidator()).When(r => r.Resolution is not null);
        RuleFor(r => r.Awarded).PositiveEuro();
        RuleFor(r => r.TotalProjectCost).OptionalEuro();
        RuleFor(r => r.TotalProjectCost).GreaterThanOrEqualTo(r => r.Awarded)
            .When(r => r.TotalProjectCost is not null && r.Awarded is not null)
            .WithMessage("La spesa complessiva del progetto non può essere inferiore al contributo.");
        RuleFor(r => r.YearFrom).NotNull().When(r => r.StartDate is null)
            .WithMessage("Indicare il periodo: anni (yearFrom, yearTo) o date (startDate, endDate).");
        RuleFor(r => r.YearFrom).InclusiveBetween(1990, 2100);
        RuleFor(r => r.YearTo).InclusiveBetween(1990, 2100).GreaterThanOrEqualTo(r => r.YearFrom).When(r => r.YearFrom is not null)
            .WithMessage("L'anno finale non può precedere quello iniziale.");
        RuleFor(r => r.EndDate).GreaterThanOrEqualTo(r => r.StartDate).When(r => r.StartDate is not null)
            .WithMessage("La data finale non può precedere quella iniziale.");
        RuleFor(r => r.StartDate).Must((r, d) => r.YearFrom is null || d is null || d.Value.Year == r.YearFrom)
            .WithMessage("La data iniziale non cade nell'anno iniziale indicato.");
        RuleFor(r => r.EndDate).Must((r, d) => r.YearTo is null || d is null || d.Value.Year == r.YearTo)
            .WithMessage("La data finale non cade nell'anno finale indicato.");
        RuleFor(r => r.StartDate).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(r => r.EndDate).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(r => r.LegalBasis).MaximumLength(500);
        RuleFor(r => r.SelectionMethod).MaximumLength(500);
        RuleFor(r => r.Notes).MaximumLength(4000);
    }
}

internal sealed class AmendGrantRequestValidator : AbstractValidator<AmendGrantRequest>
{
    public AmendGrantRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Amount).PositiveEuro();
        RuleFor(r => r.Resolution!).SetValidator(new ResolutionRequestValidator()).When(r => r.Resolution is not null);
        RuleFor(r => r.Reason).MaximumLength(500);
    }
}

internal sealed class DisburseGrantRequestValidator : AbstractValidator<DisburseGrantRequest>
{
    public DisburseGrantRequestValidator()
    {
        RuleFor(r => r.Amount).PositiveEuro();
        RuleFor(r => r.Date).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(r => r.Reference).MaximumLength(200);
    }
}

internal sealed class ReportGrantRequestValidator : AbstractValidator<ReportGrantRequest>
{
    public ReportGrantRequestValidator()
    {
        RuleFor(r => r.ActualSpend).NotNull().WithMessage("Indicare la spesa effettiva.").OptionalEuro();
        RuleFor(r => r.ReportedOn).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(r => r.Note).MaximumLength(4000);
    }
}

internal sealed class RevokeGrantRequestValidator : AbstractValidator<RevokeGrantRequest>
{
    public RevokeGrantRequestValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}
