using FluentValidation;

namespace Rete.Registry.Networks;

public sealed record CreateNetworkRequest(string? Name, NetworkScope? Scope, string? District, string? MunicipalityIstat, string? Description);

public sealed record AddMemberRequest(Guid? OrganisationId, Membership? Membership, string? Role);

public sealed record AttendanceRequest(Guid? OrganisationId, string? OrganisationName, int? People);

public sealed record RecordMeetingRequest(
    DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, List<string>? Agenda,
    List<AttendanceRequest>? Attendance, string? Minutes, List<string>? Decisions);

internal sealed class CreateNetworkRequestValidator : AbstractValidator<CreateNetworkRequest>
{
    public CreateNetworkRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Scope).NotNull();
        RuleFor(r => r.District).NotEmpty().When(r => r.Scope == NetworkScope.District)
            .WithMessage("Un tavolo circoscrizionale deve indicare la circoscrizione.");
        RuleFor(r => r.District).MaximumLength(100);
        RuleFor(r => r.MunicipalityIstat!).Matches("^[0-9]{6}$").When(r => r.MunicipalityIstat is not null)
            .WithMessage("Il codice ISTAT del comune ha 6 cifre.");
        RuleFor(r => r.Description).MaximumLength(4000);
    }
}

internal sealed class AddMemberRequestValidator : AbstractValidator<AddMemberRequest>
{
    public AddMemberRequestValidator()
    {
        RuleFor(r => r.OrganisationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Membership).NotNull();
        RuleFor(r => r.Role).MaximumLength(200);
    }
}

internal sealed class RecordMeetingRequestValidator : AbstractValidator<RecordMeetingRequest>
{
    public RecordMeetingRequestValidator()
    {
        RuleFor(r => r.Date).NotNull();
        RuleFor(r => r.EndTime).GreaterThan(r => r.StartTime).When(r => r.StartTime is not null && r.EndTime is not null)
            .WithMessage("L'incontro deve finire dopo l'inizio.");
        RuleFor(r => r.Place).MaximumLength(300);
        RuleFor(r => r.Agenda).Must(a => a is null || (a.Count <= 100 && a.All(i => !string.IsNullOrWhiteSpace(i) && i.Length <= 1000)))
            .WithMessage("Fino a 100 punti all'ordine del giorno, ciascuno di al massimo 1000 caratteri.");
        RuleFor(r => r.Decisions).Must(d => d is null || (d.Count <= 100 && d.All(i => !string.IsNullOrWhiteSpace(i) && i.Length <= 2000)))
            .WithMessage("Fino a 100 decisioni, ciascuna di al massimo 2000 caratteri.");
        RuleFor(r => r.Minutes).MaximumLength(50_000);
        RuleFor(r => r.Attendance).Must(a => a is null || a.Count <= 500);
        RuleForEach(r => r.Attendance).ChildRules(a =>
        {
            a.RuleFor(x => x.People).NotNull().InclusiveBetween(0, 10_000);
            a.RuleFor(x => x.OrganisationName).MaximumLength(300);
            a.RuleFor(x => x).Must(x => x.OrganisationId is not null || !string.IsNullOrWhiteSpace(x.OrganisationName))
                .WithMessage("Indicare l'organizzazione presente (id o nome).");
        });
    }
}
