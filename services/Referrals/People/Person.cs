using Rete.Contracts.Referrals;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Referrals.People;

/// <summary>
/// A person the network follows, known elsewhere only by <see cref="Id"/>. The tax code is held encrypted, with a
/// keyed hash to find it by; health and disability data (special category) are one encrypted document apart.
/// A registration that looks like someone already known is kept and flagged, never merged.
/// </summary>
public sealed class Person : Aggregate, ITenantOwned, IHasId
{
    private Person()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public DateOnly BirthDate { get; private set; }

    public string TaxCodeCipher { get; private set; } = "";

    public string TaxCodeHash { get; private set; } = "";

    public string? MunicipalityIstat { get; private set; }

    public string? District { get; private set; }

    public List<string> TargetGroups { get; private set; } = [];

    public string? Education { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Encrypted JSON of the special-category data, or null when none was recorded.</summary>
    public string? SpecialCategoryCipher { get; private set; }

    /// <summary>People already registered that share this person's tax code, or name and birth date.</summary>
    public List<Guid> PossibleDuplicates { get; private set; } = [];

    public DateTimeOffset RegisteredAt { get; private set; }

    public int Version { get; private set; }

    public static Person Register(
        string tenantId, PersonDetails details, string taxCodeCipher, string taxCodeHash, string? specialCategoryCipher,
        IEnumerable<Guid> possibleDuplicates, DateTimeOffset now)
    {
        var person = new Person
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            FirstName = details.FirstName.Trim(),
            LastName = details.LastName.Trim(),
            BirthDate = details.BirthDate,
            TaxCodeCipher = taxCodeCipher,
            TaxCodeHash = taxCodeHash,
            MunicipalityIstat = details.MunicipalityIstat,
            District = details.District,
            TargetGroups = details.TargetGroups.Distinct().ToList(),
            Education = details.Education,
            Email = details.Email,
            Phone = details.Phone,
            SpecialCategoryCipher = specialCategoryCipher,
            PossibleDuplicates = possibleDuplicates.ToList(),
            RegisteredAt = now,
            Version = 1,
        };
        person.Raise(new PersonRegistered(Guid.CreateVersion7(now), tenantId, now, person.Id, person.Version, person.MunicipalityIstat, person.District));
        if (person.PossibleDuplicates.Count > 0)
        {
            person.Raise(new PossibleDuplicateFlagged(Guid.CreateVersion7(now), tenantId, now, person.Id, person.Version, person.PossibleDuplicates));
        }

        return person;
    }

    /// <summary>The person moved: only the coarse facts other services cut figures by are announced.</summary>
    public void MoveTo(string? municipalityIstat, string? district, DateTimeOffset now)
    {
        if (municipalityIstat == MunicipalityIstat && district == District)
        {
            return;
        }

        (MunicipalityIstat, District) = (municipalityIstat, district);
        Version++;
        Raise(new PersonResidenceChanged(Guid.CreateVersion7(now), TenantId, now, Id, Version, municipalityIstat, district));
    }
}

/// <summary>What an operator records about a person, the tax code and special-category data aside.</summary>
public sealed record PersonDetails(
    string FirstName, string LastName, DateOnly BirthDate, string? MunicipalityIstat, string? District,
    IReadOnlyList<string> TargetGroups, string? Education, string? Email, string? Phone);

/// <summary>Special-category data (GDPR art. 9): stored only encrypted, shown only to those who need it.</summary>
public sealed record SpecialCategoryData(string? Disability, string? HealthServiceFollowUp);
