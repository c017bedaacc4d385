using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// <c>data/&lt;tenant&gt;.referrals.json</c>: cohorts of synthetic people for Referrals (the documents give only
/// totals). The loader generates each person deterministically, so a second run sends the same requests.
/// </summary>
internal sealed record ReferralsSeedFile(
    string Tenant, IReadOnlyList<string> Sources, string? Notes,
    IReadOnlyList<GolCohort> GolAssignments, IReadOnlyList<ReferralCohort> Referrals, IReadOnlyList<CandidateCohort> CandidateBanks);

internal sealed record Residence(string MunicipalityIstat, string? District, int Weight);

/// <summary>People a CPI assigned to an accredited operator between two dates, by pathway.</summary>
internal sealed record GolCohort(
    string Key, string Cpi, string Operator, DateOnly From, DateOnly To, int People, IReadOnlyDictionary<string, int> Pathways,
    string BirthPlaceCode, IReadOnlyList<Residence> Residence);

/// <summary>People one organisation sent to another under a programme; the first ones accepted, then the rejected by reason.</summary>
internal sealed record ReferralCohort(
    string Key, string From, string To, string Programme, int People, DateOnly ConsentOn, int Accepted,
    IReadOnlyDictionary<string, int> Rejected, IReadOnlyList<string> CaseManagers, string BirthPlaceCode, IReadOnlyList<Residence> Residence);

/// <summary>People who consented to the candidate bank between two dates, each with skills from the list.</summary>
internal sealed record CandidateCohort(
    string Key, int People, DateOnly ConsentFrom, DateOnly ConsentTo, int ConsentYears, IReadOnlyList<string> Skills,
    string BirthPlaceCode, IReadOnlyList<Residence> Residence);

internal static class ReferralsSeedFileReader
{
    public const string Suffix = ".referrals.json";

    public static ReferralsSeedFile? ReadBeside(string registryPath, SeedFile registry)
    {
        var path = Path.Combine(Path.GetDirectoryName(registryPath) ?? ".", registry.Tenant + Suffix);
        if (!File.Exists(path))
        {
            return null;
        }

        var fileName = Path.GetFileName(path);
        ReferralsSeedFile? seed;
        try
        {
            using var stream = File.OpenRead(path);
            seed = JsonSerializer.Deserialize<ReferralsSeedFile>(stream, SeedFileReader.Options);
        }
        catch (JsonException ex)
        {
            throw new SeedDataException($"{fileName}: {ex.Message}");
        }

        if (seed is null)
        {
            throw new SeedDataException($"{fileName}: the file is empty");
        }

        var errors = Check(seed, registry).ToList();
        return errors.Count == 0 ? seed : throw new SeedDataException($"{fileName}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
    }

    private static IEnumerable<string> Check(ReferralsSeedFile seed, SeedFile registry)
    {
        var organisations = registry.Organisations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        if (seed.Tenant != registry.Tenant)
        {
            yield return $"tenant '{seed.Tenant}' is not '{registry.Tenant}'";
        }

        foreach (var key in seed.GolAssignments.SelectMany(g => new[] { g.Cpi, g.Operator })
                     .Concat(seed.Referrals.SelectMany(r => new[] { r.From, r.To })).Where(k => !organisations.Contains(k)))
        {
            yield return $"organisation '{key}' is not in {registry.Tenant}.json";
        }

        foreach (var g in seed.GolAssignments.Where(g => g.Pathways.Values.Sum() != g.People || g.To < g.From))
        {
            yield return $"golAssignments '{g.Key}': the pathways must add up to {g.People} people and the dates be in order";
        }

        foreach (var r in seed.Referrals.Where(r => r.Accepted + r.Rejected.Values.Sum() > r.People || r.CaseManagers.Count == 0))
        {
            yield return $"referrals '{r.Key}': accepted and rejected exceed {r.People} people, or no case manager";
        }

        foreach (var c in seed.CandidateBanks.Where(c => c.Skills.Count == 0 || c.ConsentTo < c.ConsentFrom))
        {
            yield return $"candidateBanks '{c.Key}': no skills, or the consent dates are out of order";
        }

        var residences = seed.GolAssignments.SelectMany(g => g.Residence).Concat(seed.Referrals.SelectMany(r => r.Residence))
            .Concat(seed.CandidateBanks.SelectMany(c => c.Residence));
        foreach (var r in residences.Where(r => r.Weight < 1 || r.MunicipalityIstat.Length != 6 || !r.MunicipalityIstat.All(char.IsAsciiDigit)))
        {
            yield return $"residence '{r.MunicipalityIstat}': six digits and a weight of at least 1";
        }
    }
}
