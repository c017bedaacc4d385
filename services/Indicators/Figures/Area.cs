using System.Security.Claims;
using System.Text.RegularExpressions;
using Rete.ServiceDefaults.Auth;

namespace Rete.Indicators.Figures;

/// <summary>
/// Where a figure is cut: the whole tenant, some municipalities (ISTAT codes) or a district. A token that names
/// municipalities sees only those: a figure for the whole tenant is cut to them.
/// </summary>
public sealed partial record Area(IReadOnlyList<string>? Municipalities, string? District)
{
    public bool IsWholeTenant => Municipalities is null && District is null;

    public static Area? Parse(string? municipality, string? district, ClaimsPrincipal user, Dictionary<string, string[]> errors)
    {
        var allowed = user.Municipalities();
        IReadOnlyList<string>? municipalities = allowed.Count > 0 ? allowed : null;
        if (!string.IsNullOrWhiteSpace(municipality))
        {
            if (!IstatCode().IsMatch(municipality.Trim()))
            {
                errors["municipality"] = ["Il comune si indica con il codice ISTAT di 6 cifre."];
            }
            else if (allowed.Count > 0 && !allowed.Contains(municipality.Trim()))
            {
                errors["municipality"] = ["Il comune non è tra quelli per cui si è autorizzati."];
            }
            else
            {
                municipalities = [municipality.Trim()];
            }
        }

        if (district is { Length: > 100 })
        {
            errors["district"] = ["La circoscrizione si indica con al massimo 100 caratteri."];
        }

        return errors.Count > 0 ? null : new Area(municipalities, string.IsNullOrWhiteSpace(district) ? null : district.Trim());
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex IstatCode();
}
