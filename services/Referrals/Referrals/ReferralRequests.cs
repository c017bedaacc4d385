using FluentValidation;

namespace Rete.Referrals.Referrals;

public sealed record SendReferralRequest(Guid? PersonId, Guid? FromOrganisationId, Guid? ToOrganisationId, string Programme, string Reason, string? Priority);

public sealed record AcceptReferralRequest(string CaseManagerId);

public sealed record RejectReferralRequest(string ReasonCode);

public sealed record CloseReferralRequest(string Outcome);

/// <summary>A referral as its two organisations see it: the person by id only (their file is read, and logged, apart).</summary>
public sealed record ReferralResponse(
    Guid Id, Guid PersonId, Guid FromOrganisationId, Guid ToOrganisationId, string Programme, string Reason, string Priority, string Status,
    string? CaseManagerId, string? RejectionReasonCode, string? Outcome, DateTimeOffset SentAt, DateTimeOffset? AcceptedAt,
    DateTimeOffset? RejectedAt, DateTimeOffset? WithdrawnAt, DateTimeOffset? ClosedAt, int Version)
{
    public static ReferralResponse From(Referral r) => new(
        r.Id, r.PersonId, r.FromOrganisationId, r.ToOrganisationId, r.Programme, r.Reason, r.Priority, r.Status, r.CaseManagerId,
        r.RejectionReasonCode, r.Outcome, r.SentAt, r.AcceptedAt, r.RejectedAt, r.WithdrawnAt, r.ClosedAt, r.Version);
}

internal sealed class SendReferralRequestValidator : AbstractValidator<SendReferralRequest>
{
    public SendReferralRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().WithMessage("Indicare la persona.");
        RuleFor(r => r.FromOrganisationId).NotNull().WithMessage("Indicare l'organizzazione che invia.");
        RuleFor(r => r.ToOrganisationId).NotNull().WithMessage("Indicare l'organizzazione destinataria.")
            .NotEqual(r => r.FromOrganisationId).WithMessage("Non si può inviare una persona alla propria organizzazione.");
        RuleFor(r => r.Programme).NotEmpty().Must(p => Referral.Programmes.Contains(p))
            .WithMessage("Programma sconosciuto: municipalProject, golPathway1-4 o inclusionMeasure.");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Indicare il motivo dell'invio.").MaximumLength(2000);
        RuleFor(r => r.Priority).Must(p => p is null || Referral.Priorities.Contains(p)).WithMessage("Priorità sconosciuta: low, normal, high o urgent.");
    }
}

internal sealed class AcceptReferralRequestValidator : AbstractValidator<AcceptReferralRequest>
{
    public AcceptReferralRequestValidator() =>
        RuleFor(r => r.CaseManagerId).NotEmpty().WithMessage("Indicare il case manager.").MaximumLength(200);
}

internal sealed class RejectReferralRequestValidator : AbstractValidator<RejectReferralRequest>
{
    public RejectReferralRequestValidator() =>
        RuleFor(r => r.ReasonCode).NotEmpty().Must(c => Referral.RejectionReasons.Contains(c))
            .WithMessage("Motivo sconosciuto: outOfScope, noCapacity, missingInformation, alreadyInCharge, personDeclined o other.");
}

internal sealed class CloseReferralRequestValidator : AbstractValidator<CloseReferralRequest>
{
    public CloseReferralRequestValidator() =>
        RuleFor(r => r.Outcome).NotEmpty().Must(o => Referral.Outcomes.Contains(o))
            .WithMessage("Esito sconosciuto: employed, training, placement, returnedToSender, leftAssistance, dropout o other.");
}
