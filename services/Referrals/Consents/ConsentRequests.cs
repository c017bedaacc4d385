using FluentValidation;

namespace Rete.Referrals.Consents;

public sealed record ConsentRequest(string Purpose, IReadOnlyList<Guid>? RecipientOrganisationIds, DateOnly? GivenOn, DateOnly? ExpiresOn, string SignedBy);

public sealed record WithdrawConsentRequest(DateOnly? WithdrawnOn);

public sealed record ConsentResponse(
    Guid Id, Guid PersonId, string Purpose, IReadOnlyList<Guid> RecipientOrganisationIds, DateOnly GivenOn, DateOnly? ExpiresOn,
    DateOnly? WithdrawnOn, string SignedBy, int Version)
{
    public static ConsentResponse From(Consent c) =>
        new(c.Id, c.PersonId, c.Purpose, c.RecipientOrganisationIds, c.GivenOn, c.ExpiresOn, c.WithdrawnOn, c.SignedBy, c.Version);
}

internal sealed class ConsentRequestValidator : AbstractValidator<ConsentRequest>
{
    public ConsentRequestValidator()
    {
        RuleFor(r => r.Purpose).NotEmpty().Must(p => Consent.Purposes.Contains(p))
            .WithMessage("Finalità sconosciuta: referral, placement, candidateBank o cpiDataExchange.");
        RuleFor(r => r.GivenOn).NotNull().WithMessage("La data del consenso è obbligatoria.");
        RuleFor(r => r.ExpiresOn).Must((r, e) => e is null || r.GivenOn is null || e >= r.GivenOn)
            .WithMessage("La scadenza non può precedere la data del consenso.");
        RuleFor(r => r.SignedBy).NotEmpty().MaximumLength(200);
        RuleForEach(r => r.RecipientOrganisationIds).NotEmpty();
    }
}
