using Rete.ServiceDefaults.TaxCodes;

namespace Rete.Seeds;

/// <summary>A clearly fictional person: invented surnames, a birth date and tax code derived from an index.</summary>
internal sealed record SyntheticPerson(
    string FirstName, string LastName, bool Woman, DateOnly BirthDate, string TaxCode, string MunicipalityIstat, string? District,
    string[] TargetGroups, string Education);

/// <summary>
/// Generates the seeds' people. The surnames are words no family carries ("Esempio", "Fittizio"), so nobody can be
/// mistaken for a real person; the tax code follows DM 23/12/1976 and is checked with the services' own rule.
/// </summary>
internal static class SyntheticPeople
{
    private static readonly string[] LastNames =
    [
        "Esempio", "Fittizio", "Campione", "Modello", "Prova", "Inventato", "Immaginario", "Fantasia", "Saggio", "Bozza",
        "Schema", "Simulato", "Ipotetico", "Figurato", "Provino", "Abbozzo", "Collaudo", "Dimostrativo", "Finzione", "Segnaposto",
    ];

    private static readonly string[] MenNames = ["Mario", "Luca", "Paolo", "Marco", "Andrea", "Giuseppe", "Stefano", "Davide", "Ahmed", "Ion"];

    private static readonly string[] WomenNames = ["Anna", "Giulia", "Maria", "Sara", "Laura", "Elena", "Chiara", "Fatima", "Ioana", "Rosa"];

    private static readonly string[] Education = ["lowerSecondary", "upperSecondary", "vocational", "primary", "tertiary", "none"];

    private static readonly string[] TargetGroups = ["adultInDifficulty", "longTermUnemployed", "migrant", "woman", "disability"];

    private const string Months = "ABCDEHLMPRST";

    public static SyntheticPerson Make(int index, string birthPlaceCode, IReadOnlyList<Residence> residences) =>
        Make(index, birthPlaceCode, residences, bornBetween: null, targetGroups: null);

    /// <summary>
    /// A person born between the two dates of <paramref name="bornBetween"/> (so that a cohort has the age the documents
    /// give), with <paramref name="targetGroups"/> (and "woman" for a woman) instead of groups picked by index.
    /// </summary>
    public static SyntheticPerson Make(
        int index, string birthPlaceCode, IReadOnlyList<Residence> residences, (DateOnly From, DateOnly To)? bornBetween,
        IReadOnlyList<string>? targetGroups)
    {
        var woman = index % 2 == 1;
        var lastName = LastNames[index % LastNames.Length];
        var firstNames = woman ? WomenNames : MenNames;
        var firstName = firstNames[index / LastNames.Length % firstNames.Length];
        var birth = bornBetween is var (from, to)
            ? from.AddDays((int)((long)index * 7919 % (to.DayNumber - from.DayNumber + 1)))
            : new DateOnly(1960 + index * 7 % 45, 1 + index / 28 % 12, 1 + index % 28);
        var first15 = SurnameCode(lastName) + NameCode(firstName) + (birth.Year % 100).ToString("00") + Months[birth.Month - 1]
            + (birth.Day + (woman ? 40 : 0)).ToString("00") + birthPlaceCode;
        var taxCode = first15 + CodiceFiscale.CheckCharacter(first15);
        if (!CodiceFiscale.IsValid(taxCode))
        {
            throw new SeedDataException($"generated tax code {taxCode} is not valid (birth place code '{birthPlaceCode}'?)");
        }

        var residence = Pick(residences, index);
        var groups = targetGroups is { Count: > 0 }
            ? (woman ? [.. targetGroups, "woman"] : targetGroups.ToArray())
            : woman ? new[] { TargetGroups[index % 3], "woman" } : [TargetGroups[index % 3]];
        return new SyntheticPerson(firstName, lastName, woman, birth, taxCode, residence.MunicipalityIstat, residence.District,
            groups.Distinct().ToArray(), Education[index % Education.Length]);
    }

    /// <summary>Spreads people over the residences in proportion to their weights, the same way every run.</summary>
    private static Residence Pick(IReadOnlyList<Residence> residences, int index)
    {
        var slot = index % residences.Sum(r => r.Weight);
        foreach (var r in residences)
        {
            if (slot < r.Weight)
            {
                return r;
            }

            slot -= r.Weight;
        }

        return residences[^1];
    }

    private static string SurnameCode(string name)
    {
        var (consonants, vowels) = Split(name);
        return (consonants + vowels + "XXX")[..3];
    }

    private static string NameCode(string name)
    {
        var (consonants, vowels) = Split(name);
        return consonants.Length >= 4 ? $"{consonants[0]}{consonants[2]}{consonants[3]}" : (consonants + vowels + "XXX")[..3];
    }

    private static (string Consonants, string Vowels) Split(string name)
    {
        var letters = name.ToUpperInvariant().Where(char.IsAsciiLetter).ToArray();
        return (new string(letters.Where(c => !"AEIOU".Contains(c)).ToArray()), new string(letters.Where(c => "AEIOU".Contains(c)).ToArray()));
    }
}
