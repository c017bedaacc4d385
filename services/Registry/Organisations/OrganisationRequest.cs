using FluentValidation;
using Rete.Registry.TaxCodes;

namespace Rete.Registry.Organisations;

/// <summary>The body of a registration or an update. Every field is optional in JSON so that a missing one is reported per field.</summary>
public sealed record OrganisationRequest(
    string? Name,
    OrganisationKind? Kind,
    string? TaxCode,
    string? Address,
    string? MunicipalityIstat,
    string? District,
    string? Email,
    string? Phone,
    string? Website,
    List<InterventionArea>? Areas,
    List<TargetGroup>? TargetGroups,
    Guid? ParentId,
    string? Notes)
{
    public OrganisationDetails ToDetails() => new(
        Name!, Kind!.Value, TaxCode, Address, MunicipalityIstat, District, Email, Phone, Website,
        Areas ?? [], TargetGroups ?? [], ParentId, Notes);
}

internal sealed class OrganisationRequestValidator : AbstractValidator<OrganisationRequest>
{
    public OrganisationRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.TaxCode!).Must(TaxCode.IsValid).When(r => r.TaxCode is not null)
            .WithMessage("Codice fiscale o partita IVA non valido: controllare le cifre e il carattere di controllo.");
        RuleFor(r => r.MunicipalityIstat!).Matches("^[0-9]{6}$").When(r => r.MunicipalityIstat is not null)
            .WithMessage("Il codice ISTAT del comune ha 6 cifre.");
        RuleFor(r => r.Address).MaximumLength(300);
        RuleFor(r => r.District).MaximumLength(100);
        RuleFor(r => r.Email!).EmailAddress().MaximumLength(200).When(r => r.Email is not null);
        RuleFor(r => r.Phone).MaximumLength(50);
        RuleFor(r => r.Website!).Must(BeHttpUrl).MaximumLength(300).When(r => r.Website is not null)
            .WithMessage("Il sito deve essere un indirizzo http o https.");
        RuleFor(r => r.Areas).Must(a => a is null || a.Count <= 20);
        RuleFor(r => r.TargetGroups).Must(t => t is null || t.Count <= 20);
        RuleFor(r => r.ParentId).NotEqual(Guid.Empty);
        RuleFor(r => r.Notes).MaximumLength(4000);
    }

    private static bool BeHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
