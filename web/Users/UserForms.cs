using Rete.ServiceDefaults.Auth;
using Rete.Web.People;
using Rete.Web.SignIn;

namespace Rete.Web.Users;

/// <summary>The user forms' choices and posted values.</summary>
public static class UserForms
{
    public static IReadOnlyList<KeyValuePair<string, string>> Roles { get; } =
        [.. ReteRoles.All.Select(r => new KeyValuePair<string, string>(r, RoleLabels.Role(r)))];

    public static IReadOnlyList<string> PostedRoles(IFormCollection form) => [.. form["roles"].OfType<string>()];

    public static Guid? Organisation(IFormCollection form) => Guid.TryParse(form["organisationId"], out var id) ? id : null;

    /// <summary>ISTAT codes separated by commas or spaces; Identity checks that each has six digits.</summary>
    public static IReadOnlyList<string> Municipalities(IFormCollection form) =>
        (PeopleForms.Text(form, "municipalities") ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Status(User user) => user switch
    {
        { Disabled: true } => "Disabilitato",
        { LockedOut: true } => "Bloccato per troppi tentativi",
        _ => "Attivo",
    };
}
