using FluentValidation;
using Rete.Grants.Money;

namespace Rete.Grants.Reservations;

/// <summary>An operator's reservation by HTTP: the same fields as StipendReservationRequested; the id is made up when absent.</summary>
public sealed record ReserveStipendsRequest(Guid? ReservationId, Guid? PlacementId, Guid? BudgetLineId, int? Months, decimal? MonthlyAmount);

public sealed record ReleaseReservationRequest(decimal? UsedAmount, string? Reason);

internal sealed class ReserveStipendsRequestValidator : AbstractValidator<ReserveStipendsRequest>
{
    public ReserveStipendsRequestValidator()
    {
        RuleFor(r => r.ReservationId).NotEqual(Guid.Empty);
        RuleFor(r => r.PlacementId).NotEqual(Guid.Empty);
        RuleFor(r => r.BudgetLineId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Months).NotNull().InclusiveBetween(1, ReservationRequest.MaxMonths);
        RuleFor(r => r.MonthlyAmount).PositiveEuro();
        RuleFor(r => r.MonthlyAmount).Must((r, monthly) => monthly * r.Months <= Euro.Max)
            .When(r => r.Months is > 0 and <= ReservationRequest.MaxMonths && r.MonthlyAmount is > 0 and <= Euro.Max)
            .WithMessage("Mesi × importo mensile supera il massimo consentito.");
    }
}

internal sealed class ReleaseReservationRequestValidator : AbstractValidator<ReleaseReservationRequest>
{
    public ReleaseReservationRequestValidator()
    {
        RuleFor(r => r.UsedAmount).OptionalEuro();
        RuleFor(r => r.Reason).MaximumLength(500);
    }
}
