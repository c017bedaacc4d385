using FluentValidation;

namespace Rete.Registry.Consortium;

public sealed record ConsortiumRequest(string? Name, string? LeadMunicipalityIstat, List<MemberRequest>? Members);

public sealed record MemberRequest(string? IstatCode, string? Name, int? Population);

internal sealed class ConsortiumRequestValidator : AbstractValidator<ConsortiumRequest>
{
    public ConsortiumRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.LeadMunicipalityIstat!).Matches("^[0-9]{6}$").When(r => r.LeadMunicipalityIstat is not null)
            .WithMessage("Il codice ISTAT del comune ha 6 cifre.");
        RuleFor(r => r.Members).NotEmpty().Must(m => m!.Count <= 500);
        RuleForEach(r => r.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.IstatCode).NotEmpty().Matches("^[0-9]{6}$").WithMessage("Il codice ISTAT del comune ha 6 cifre.");
            m.RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            m.RuleFor(x => x.Population).GreaterThanOrEqualTo(0);
        });
        RuleFor(r => r.Members).Must(m => m!.Select(x => x.IstatCode).Distinct().Count() == m!.Count)
            .When(r => r.Members is { Count: > 0 }).WithMessage("Un comune compare più volte.");
        RuleFor(r => r.LeadMunicipalityIstat).Must((r, lead) => r.Members!.Any(m => m.IstatCode == lead))
            .When(r => r.Members is { Count: > 0 } && r.LeadMunicipalityIstat is not null)
            .WithMessage("Il comune capofila deve essere tra i comuni aderenti.");
    }
}
