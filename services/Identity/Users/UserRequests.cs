using FluentValidation;
using Rete.ServiceDefaults.Auth;

namespace Rete.Identity.Users;

public sealed record InviteUserRequest(string UserName, string DisplayName, List<string> Roles, Guid? OrganisationId, List<string>? Municipalities);

public sealed record ChangeUserRequest(string DisplayName, List<string> Roles, Guid? OrganisationId, List<string>? Municipalities);

internal static class UserRules
{
    public static void Access<T>(AbstractValidator<T> validator, Func<T, string> displayName, Func<T, List<string>> roles, Func<T, List<string>?> municipalities)
    {
        validator.RuleFor(r => displayName(r)).NotEmpty().WithMessage("Indicare il nome.").MaximumLength(200)
            .OverridePropertyName("displayName");
        validator.RuleFor(r => roles(r)).NotEmpty().WithMessage("Indicare almeno un ruolo.")
            .Must(rs => rs is null || rs.All(ReteRoles.All.Contains)).WithMessage("Ruolo sconosciuto: usare " + string.Join(", ", ReteRoles.All) + ".")
            .OverridePropertyName("roles");
        validator.RuleFor(r => municipalities(r)).Must(ms => ms is null || ms.All(m => m.Length == 6 && m.All(char.IsAsciiDigit)))
            .WithMessage("I comuni si indicano con il codice ISTAT di sei cifre.")
            .OverridePropertyName("municipalities");
    }
}

internal sealed class InviteUserValidator : AbstractValidator<InviteUserRequest>
{
    public InviteUserValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("Indicare il nome utente.")
            .Matches("^[a-z0-9][a-z0-9._@-]{2,99}$").WithMessage("Il nome utente ha da 3 a 100 caratteri: lettere minuscole, cifre, punto, trattino, chiocciola.");
        UserRules.Access(this, r => r.DisplayName, r => r.Roles, r => r.Municipalities);
    }
}

internal sealed class ChangeUserValidator : AbstractValidator<ChangeUserRequest>
{
    public ChangeUserValidator() => UserRules.Access(this, r => r.DisplayName, r => r.Roles, r => r.Municipalities);
}
