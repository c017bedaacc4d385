using FluentValidation;

namespace Rete.Referrals.Assignments;

public sealed record AssignRequest(
    Guid? PersonId, Guid? CpiOrganisationId, Guid? OperatorOrganisationId, int? Pathway, Guid? SocialServicesOrganisationId, DateOnly? AssignedOn);

public sealed record CloseAssignmentRequest(string Outcome, DateOnly? ClosedOn);

public sealed record AssignmentResponse(
    Guid Id, Guid PersonId, Guid CpiOrganisationId, Guid OperatorOrganisationId, Guid AccreditationId, int Pathway,
    Guid? SocialServicesOrganisationId, DateOnly AssignedOn, string Status, string? Outcome, DateOnly? ClosedOn, int Version)
{
    public static AssignmentResponse From(GolAssignment a) => new(
        a.Id, a.PersonId, a.CpiOrganisationId, a.OperatorOrganisationId, a.AccreditationId, a.Pathway, a.SocialServicesOrganisationId,
        a.AssignedOn, a.Status, a.Outcome, a.ClosedOn, a.Version);
}

internal sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().WithMessage("Indicare la persona.");
        RuleFor(r => r.CpiOrganisationId).NotNull().WithMessage("Indicare il Centro per l'impiego.");
        RuleFor(r => r.OperatorOrganisationId).NotNull().WithMessage("Indicare l'operatore accreditato.");
        RuleFor(r => r.Pathway).NotNull().InclusiveBetween(1, 4).WithMessage("Il percorso GOL va da 1 a 4.");
        RuleFor(r => r.SocialServicesOrganisationId).NotNull().When(r => r.Pathway == 4)
            .WithMessage("Il percorso 4 (lavoro e inclusione) si svolge con i servizi sociali: indicarli.");
    }
}

internal sealed class CloseAssignmentRequestValidator : AbstractValidator<CloseAssignmentRequest>
{
    public CloseAssignmentRequestValidator() =>
        RuleFor(r => r.Outcome).NotEmpty().Must(o => GolAssignment.Outcomes.Contains(o))
            .WithMessage("Esito sconosciuto: employed, training, returnedToCpi, dropout o other.");
}
