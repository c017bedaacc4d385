using FluentValidation;
using Rete.ServiceDefaults.Json;
using Rete.ServiceDefaults.Money;

namespace Rete.Placements.Placements;

/// <summary>
/// The body that proposes a placement. <c>plannedEnd</c> defaults to the day before <c>plannedStart</c> plus the
/// duration. Enumerations are strings ("training") so that an unknown value gets a per-field message.
/// </summary>
public sealed record ProposePlacementRequest(
    Guid? PersonId, string? Kind, Guid? PromotingOrganisationId, Guid? HostOrganisationId, Guid? ReferralId, Guid? BudgetLineId,
    decimal? MonthlyStipend, int? DurationMonths, DateOnly? PlannedStart, DateOnly? PlannedEnd, decimal? WeeklyHours, string? Tutor)
{
    public DateOnly EffectivePlannedEnd => PlannedEnd ?? PlannedStart!.Value.AddMonths(DurationMonths!.Value).AddDays(-1);

    public PlacementTerms ToTerms()
    {
        _ = EnumText.TryParse<PlacementKind>(Kind, out var kind);
        return new(PersonId!.Value, kind, PromotingOrganisationId!.Value, HostOrganisationId!.Value, ReferralId, BudgetLineId!.Value,
            MonthlyStipend!.Value, DurationMonths!.Value, PlannedStart!.Value, EffectivePlannedEnd, WeeklyHours!.Value, Tutor!);
    }
}

public sealed record StartPlacementRequest(DateOnly? StartedOn);

public sealed record EndPlacementRequest(DateOnly? EndedOn, string? Reason);

public sealed record CancelPlacementRequest(string? Reason);

public sealed record OutcomeRequest(string? Outcome, string? ContractType, DateOnly? RecordedOn);

internal static class Dates
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);
}

internal sealed class ProposePlacementRequestValidator : AbstractValidator<ProposePlacementRequest>
{
    public ProposePlacementRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Kind).NotEmpty().Must(k => EnumText.TryParse<PlacementKind>(k, out _))
            .WithMessage($"Tipo sconosciuto. Valori possibili: {EnumText.Names<PlacementKind>()}.");
        RuleFor(r => r.PromotingOrganisationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.HostOrganisationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.ReferralId).NotEqual(Guid.Empty);
        RuleFor(r => r.BudgetLineId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.MonthlyStipend).NotNull().WithMessage("Indicare la borsa mensile.")
            .Must(v => v is null || Euro.IsPositiveAmount(v.Value)).WithMessage("La borsa mensile deve essere positiva, al massimo al centesimo.")
            .Must(v => v is null || v <= 100_000m).WithMessage("La borsa mensile non può superare 100.000,00 €.");
        RuleFor(r => r.DurationMonths).NotNull().Must(d => d is null || Placement.Durations.Contains(d.Value))
            .WithMessage("La durata è di 3, 4 o 6 mesi.");
        RuleFor(r => r.PlannedStart).NotNull().InclusiveBetween(Dates.Earliest, Dates.Latest);
        RuleFor(r => r.PlannedEnd).InclusiveBetween(Dates.Earliest, Dates.Latest)
            .GreaterThan(r => r.PlannedStart).When(r => r.PlannedStart is not null)
            .WithMessage("La fine prevista deve seguire l'inizio previsto.");
        RuleFor(r => r.WeeklyHours).NotNull().InclusiveBetween(1m, 48m).WithMessage("Le ore settimanali vanno da 1 a 48.")
            .Must(h => h is null || decimal.Round(h.Value, 2) == h).WithMessage("Le ore settimanali hanno al massimo due decimali.");
        RuleFor(r => r.Tutor).NotEmpty().WithMessage("Indicare il tutor.").MaximumLength(200);
    }
}

internal sealed class StartPlacementRequestValidator : AbstractValidator<StartPlacementRequest>
{
    public StartPlacementRequestValidator() => RuleFor(r => r.StartedOn).InclusiveBetween(Dates.Earliest, Dates.Latest);
}

internal sealed class EndPlacementRequestValidator : AbstractValidator<EndPlacementRequest>
{
    public EndPlacementRequestValidator()
    {
        RuleFor(r => r.EndedOn).InclusiveBetween(Dates.Earliest, Dates.Latest);
        RuleFor(r => r.Reason).MaximumLength(500);
    }
}

internal sealed class CancelPlacementRequestValidator : AbstractValidator<CancelPlacementRequest>
{
    public CancelPlacementRequestValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}

internal sealed class OutcomeRequestValidator : AbstractValidator<OutcomeRequest>
{
    public OutcomeRequestValidator()
    {
        RuleFor(r => r.Outcome).NotEmpty().Must(o => EnumText.TryParse<PlacementOutcome>(o, out _))
            .WithMessage($"Esito sconosciuto. Valori possibili: {EnumText.Names<PlacementOutcome>()}.");
        RuleFor(r => r.ContractType).NotEmpty().MaximumLength(40)
            .When(r => EnumText.TryParse<PlacementOutcome>(r.Outcome, out var o) && o == PlacementOutcome.Hired)
            .WithMessage("Per un'assunzione indicare il tipo di contratto.");
        RuleFor(r => r.RecordedOn).InclusiveBetween(Dates.Earliest, Dates.Latest);
    }
}
