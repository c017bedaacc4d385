using Rete.ServiceDefaults.TaxCodes;

namespace Rete.Registry.TaxCodes;

/// <summary>
/// Italian tax identifiers an organisation may have: a 16-character codice fiscale (sole traders) or an
/// 11-digit numeric code (partita IVA, or the numeric codice fiscale of associations and public bodies).
/// Both end in a check character, so a mistyped code is caught here.
/// </summary>
public static class TaxCode
{
    public static string Normalise(string code) => code.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsValid(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var normalised = Normalise(code);
        return normalised.Length switch
        {
            11 => PartitaIva.IsValid(normalised),
            16 => CodiceFiscale.IsValid(normalised),
            _ => false,
        };
    }
}
