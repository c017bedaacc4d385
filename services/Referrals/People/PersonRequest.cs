using FluentValidation;
using Rete.ServiceDefaults.TaxCodes;

namespace Rete.Referrals.People;

public sealed record PersonRequest(
    string FirstName, string LastName, string TaxCode, DateOnly? BirthDate, string? MunicipalityIstat, string? District,
    IReadOnlyList<string>? TargetGroups, string? Education, string? Email, string? Phone,
    string? Disability, string? HealthServiceFollowUp)
{
    public static readonly string[] KnownTargetGroups = ["youthUnder18", "adultInDifficulty", "disability", "migrant", "woman", "longTermUnemployed"];

    public static readonly string[] KnownEducation = ["none", "primary", "lowerSecondary", "upperSecondary", "vocational", "tertiary"];

    public string NormalisedTaxCode => TaxCode.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public PersonDetails ToDetails() => new(FirstName, LastName, BirthDate!.Value, MunicipalityIstat, District, TargetGroups ?? [], Education, Email, Phone);

    public SpecialCategoryData? SpecialCategory =>
        string.IsNullOrWhiteSpace(Disability) && string.IsNullOrWhiteSpace(HealthServiceFollowUp) ? null : new(Disability, HealthServiceFollowUp);
}

internal sealed class PersonRequestValidator : AbstractValidator<PersonRequest>
{
    public PersonRequestValidator()
    {
        RuleFor(r => r.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.LastName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.TaxCode).NotEmpty()
            .Must(c => c is null || CodiceFiscale.IsValid(c.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()))
            .WithMessage("Codice fiscale non valido (forma o carattere di controllo).");
        RuleFor(r => r.BirthDate).NotNull().WithMessage("La data di nascita è obbligatoria.")
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(DateTime.UtcNow)))
            .WithMessage("Data di nascita non plausibile.");
        RuleFor(r => r.MunicipalityIstat).Matches("^[0-9]{6}$").WithMessage("Il codice ISTAT del comune ha 6 cifre.");
        RuleFor(r => r.District).MaximumLength(100);
        RuleForEach(r => r.TargetGroups).Must(g => PersonRequest.KnownTargetGroups.Contains(g))
            .WithMessage("Gruppo destinatario sconosciuto.");
        RuleFor(r => r.Education).Must(e => e is null || PersonRequest.KnownEducation.Contains(e)).WithMessage("Titolo di studio sconosciuto.");
        RuleFor(r => r.Email).EmailAddress().MaximumLength(200);
        RuleFor(r => r.Phone).MaximumLength(40);
        RuleFor(r => r.Disability).MaximumLength(2000);
        RuleFor(r => r.HealthServiceFollowUp).MaximumLength(2000);
    }
}
