using FluentValidation;

namespace Rete.Registry.Accreditations;

public sealed record AddAccreditationRequest(
    string? Region, string? RegisterNumber, AccreditationKind? Kind, AccreditationStage? Stage,
    DateOnly? ValidFrom, DateOnly? ValidTo, List<string>? Sites);

public sealed record RenewAccreditationRequest(DateOnly? ValidTo, AccreditationStage? Stage);

public sealed record ExpireAccreditationRequest(DateOnly? On, string? Reason);

internal sealed class AddAccreditationRequestValidator : AbstractValidator<AddAccreditationRequest>
{
    public AddAccreditationRequestValidator()
    {
        RuleFor(r => r.Region).NotEmpty().MaximumLength(100);
        RuleFor(r => r.RegisterNumber).MaximumLength(50);
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Stage).NotNull();
        RuleFor(r => r.ValidFrom).NotNull();
        RuleFor(r => r.ValidTo).GreaterThanOrEqualTo(r => r.ValidFrom).When(r => r.ValidTo is not null && r.ValidFrom is not null)
            .WithMessage("La fine della validità non può precedere l'inizio.");
        RuleFor(r => r.Sites).Must(s => s is null || (s.Count <= 50 && s.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 300)))
            .WithMessage("Fino a 50 sedi, ciascuna di al massimo 300 caratteri.");
    }
}

internal sealed class ExpireAccreditationRequestValidator : AbstractValidator<ExpireAccreditationRequest>
{
    public ExpireAccreditationRequestValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}
