using FluentValidation;

namespace Rete.Referrals.Referrals;

/// <summary>Each step may declare when it happened (<c>sentAt</c>, <c>acceptedAt</c>...) if it is entered after the fact.</summary>
public sealed record SendReferralRequest(
    Guid? PersonId, Guid? FromOrganisationId, Guid? ToOrganisationId, string Programme, string Reason, string? Priority, DateTimeOffset? SentAt);

public sealed record AcceptReferralRequest(string CaseManagerId, DateTimeOffset? AcceptedAt);

public sealed record RejectReferralRequest(string ReasonCode, DateTimeOffset? RejectedAt);

public sealed record WithdrawReferralRequest(DateTimeOffset? WithdrawnAt);

public sealed record CloseReferralRequest(string Outcome, DateTimeOffset? ClosedAt);

/// <summary>A referral as its two organisations see it: the person by id only (their file is read, and logged, apart).</summary>
public sealed record ReferralResponse(
    Guid Id, Guid PersonId, Guid FromOrganisationId, Guid ToOrganisationId, string Programme, string Reason, string Priority, string Status,
    string? CaseManagerId, string? RejectionReasonCode, string? Outcome, DateTimeOffset SentAt, DateTimeOffset? AcceptedAt,
    DateTimeOffset? RejectedAt, DateTimeOffset? WithdrawnAt, DateTimeOffset? ClosedAt, DateTimeOffset RecordedAt, DateTimeOffset UpdatedAt,
    int Version)
{
    public static ReferralResponse From(Referral r) => new(
        r.Id, r.PersonId, r.FromOrganisationId, r.ToOrganisationId, r.Programme, r.Reason, r.Priority, r.Status, r.CaseManagerId,
        r.RejectionReasonCode, r.Outcome, r.SentAt, r.AcceptedAt, r.RejectedAt, r.WithdrawnAt, r.ClosedAt, r.RecordedAt, r.UpdatedAt,
        r.Version);
}

internal sealed class SendReferralRequestValidator : AbstractValidator<SendReferralRequest>
{
    public SendReferralRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.SentAt).NotInFuture(clock);
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
    public AcceptReferralRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.CaseManagerId).NotEmpty().WithMessage("Indicare il case manager.").MaximumLength(200);
        RuleFor(r => r.AcceptedAt).NotInFuture(clock);
    }
}

internal sealed class RejectReferralRequestValidator : AbstractValidator<RejectReferralRequest>
{
    public RejectReferralRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.ReasonCode).NotEmpty().Must(c => Referral.RejectionReasons.Contains(c))
            .WithMessage("Motivo sconosciuto: outOfScope, noCapacity, missingInformation, alreadyInCharge, personDeclined o other.");
        RuleFor(r => r.RejectedAt).NotInFuture(clock);
    }
}

internal sealed class CloseReferralRequestValidator : AbstractValidator<CloseReferralRequest>
{
    public CloseReferralRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Outcome).NotEmpty().Must(o => Referral.Outcomes.Contains(o))
            .WithMessage("Esito sconosciuto: employed, training, placement, returnedToSender, leftAssistance, dropout o other.");
        RuleFor(r => r.ClosedAt).NotInFuture(clock);
    }
}

internal sealed class WithdrawReferralRequestValidator : AbstractValidator<WithdrawReferralRequest>
{
    public WithdrawReferralRequestValidator(TimeProvider clock) => RuleFor(r => r.WithdrawnAt).NotInFuture(clock);
}
