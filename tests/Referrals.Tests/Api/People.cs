using Rete.ServiceDefaults.TaxCodes;

namespace Rete.Referrals.Tests.Api;

/// <summary>Fictional people with valid-format tax codes, each different.</summary>
public static class People
{
    public const string Url = "/api/referrals/people";

    private static int next;

    /// <summary>A fresh valid tax code: six letters that vary, a fixed birth part, the right check character.</summary>
    public static string NewTaxCode()
    {
        var n = Interlocked.Increment(ref next) + Random.Shared.Next(0, 100_000) * 1000;
        var letters = new char[6];
        for (var i = 0; i < 6; i++)
        {
            letters[i] = (char)('A' + n % 26);
            n /= 26;
        }

        var first15 = new string(letters) + "85T10L219";
        return first15 + CodiceFiscale.CheckCharacter(first15);
    }

    public static object Body(
        string taxCode, string firstName = "Mario", string lastName = "Fittizio", string birthDate = "1985-12-10",
        string? municipality = "001272", string? disability = null, string? health = null, string? email = "mario.fittizio@example.invalid") => new
    {
        firstName,
        lastName,
        taxCode,
        birthDate,
        municipalityIstat = municipality,
        district = "Distretto 2",
        targetGroups = new[] { "adultInDifficulty" },
        education = "upperSecondary",
        email,
        phone = "+39 011 0000000",
        disability,
        healthServiceFollowUp = health,
    };
}
