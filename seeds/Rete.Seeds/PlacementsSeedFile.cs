using System.Globalization;
using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// <c>data/&lt;tenant&gt;.placements.json</c>: cohorts of placements of synthetic people (the documents give counts by kind
/// and length, never people), the fictional host companies they are placed with, and cohorts of projects. The loader
/// generates every person and date deterministically, so a second run sends the same requests.
/// </summary>
internal sealed record PlacementsSeedFile(
    string Tenant, IReadOnlyList<string> Sources, IReadOnlyList<string> Notes, IReadOnlyList<SeedHost> Hosts,
    IReadOnlyList<PlacementCohort> Placements, IReadOnlyList<ProjectCohort> Projects);

/// <summary>A fictional host company, registered in the Registry by the placements loader (the documents name none).</summary>
internal sealed record SeedHost(string Key, string Name, string Kind, string? MunicipalityIstat, string? District);

/// <summary>What the 31/92/182-day follow-up finds: the first <c>employed</c> people work, the first <c>leftCircuit</c> are out of the assistance circuit.</summary>
internal sealed record FollowUpCounts(int Employed, int LeftCircuit);

/// <summary>
/// <c>people</c> placements of one kind and length, their planned starts spread evenly from <c>startFrom</c> to
/// <c>startTo</c>, each funded from the stipends line of its start year (<c>lines</c>: year → "budget key/line key" in the
/// grants file). People are taken in order: outcomes in the order hired, extended, noHire, droppedOut; the last
/// <c>interrupted</c> end early (they are among the dropped out); follow-ups count from the first person.
/// </summary>
internal sealed record PlacementCohort(
    string Key, string Kind, int DurationMonths, int People, decimal MonthlyStipend, decimal WeeklyHours, string Promoting,
    IReadOnlyList<string> Hosts, string Tutor, DateOnly StartFrom, DateOnly StartTo, IReadOnlyDictionary<string, string> Lines,
    IReadOnlyList<string> TargetGroups, DateOnly BornFrom, DateOnly BornTo, int Interrupted, IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyDictionary<string, FollowUpCounts> FollowUps, string BirthPlaceCode, IReadOnlyList<Residence> Residence, string? Description = null)
{
    public static readonly string[] OutcomeOrder = ["hired", "extended", "noHire", "droppedOut"];

    /// <summary>The planned start of the cohort's person <paramref name="n"/>.</summary>
    public DateOnly StartOf(int n) =>
        StartFrom.AddDays(People == 1 ? 0 : (int)((long)(StartTo.DayNumber - StartFrom.DayNumber) * n / (People - 1)));

    public string LineOf(int n) => Lines[StartOf(n).Year.ToString(CultureInfo.InvariantCulture)];

    public string OutcomeOf(int n)
    {
        var slot = n;
        foreach (var outcome in OutcomeOrder)
        {
            var count = Outcomes.GetValueOrDefault(outcome);
            if (slot < count)
            {
                return outcome;
            }

            slot -= count;
        }

        return OutcomeOrder[^1];
    }

    public bool IsInterrupted(int n) => n >= People - Interrupted;
}

/// <summary>
/// <c>count</c> projects opened evenly from <c>from</c> to <c>to</c> for the people of a GOL cohort of the tenant's referrals
/// file (spread over them in the order they were assigned), measures interleaved in the counts given; the first <c>concluded</c> are concluded
/// <c>concludedAfterDays</c> (plus up to 59 more, by project) after opening, never after <c>to</c>.
/// </summary>
internal sealed record ProjectCohort(
    string Key, string Programme, string Organisation, string People, DateOnly From, DateOnly To, int Count,
    IReadOnlyDictionary<string, int> Measures, int Concluded, int ConcludedAfterDays)
{
    public DateOnly OpenedOn(int n) => From.AddDays(Count == 1 ? 0 : (int)((long)(To.DayNumber - From.DayNumber) * n / (Count - 1)));

    public DateOnly? ConcludedOn(int n)
    {
        if (n >= Concluded)
        {
            return null;
        }

        var on = OpenedOn(n).AddDays(ConcludedAfterDays + n * 7 % 60);
        return on > To ? To : on;
    }

    /// <summary>The measures interleaved over the period (a fixed permutation of the projects), in the counts given.</summary>
    public string MeasureOf(int n)
    {
        var step = 389;
        while (Gcd(step, Count) != 1)
        {
            step++;
        }

        var slot = (int)((long)n * step % Count);
        foreach (var (measure, count) in Measures)
        {
            if (slot < count)
            {
                return measure;
            }

            slot -= count;
        }

        return Measures.Keys.Last();
    }

    /// <summary>The person of project <paramref name="n"/>: the cohort's people in the order they were assigned, over the period.</summary>
    public int PersonOf(int n, int people) => (int)((long)n * people / Count);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}

/// <summary>Reads the optional <c>&lt;tenant&gt;.placements.json</c> beside a tenant's registry file and checks it against the tenant's other files.</summary>
internal static class PlacementsSeedFileReader
{
    public const string Suffix = ".placements.json";

    public static PlacementsSeedFile? ReadBeside(string registryPath, SeedFile registry, GrantsSeedFile? grants, ReferralsSeedFile? referrals)
    {
        var path = Path.Combine(Path.GetDirectoryName(registryPath) ?? ".", registry.Tenant + Suffix);
        if (!File.Exists(path))
        {
            return null;
        }

        var fileName = Path.GetFileName(path);
        PlacementsSeedFile? seed;
        try
        {
            using var stream = File.OpenRead(path);
            seed = JsonSerializer.Deserialize<PlacementsSeedFile>(stream, SeedFileReader.Options);
        }
        catch (JsonException ex)
        {
            throw new SeedDataException($"{fileName}: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new SeedDataException($"{fileName}: cannot read the file: {ex.Message}");
        }

        if (seed is null)
        {
            throw new SeedDataException($"{fileName}: the file holds null, not a placements seed object");
        }

        var errors = PlacementsSeedValidator.Validate(seed, registry, grants, referrals);
        return errors.Count == 0
            ? seed
            : throw new SeedDataException($"{fileName}: {errors.Count} error(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
    }
}

/// <summary>
/// Checks a placements file before anything is sent: vocabularies, keys, references to the tenant's organisations, to
/// the grants file's stipends lines (with room on each for what the grants file and this file reserve on it) and to the
/// referrals file's GOL cohorts; counts that add up; dates that make every follow-up due.
/// </summary>
internal static class PlacementsSeedValidator
{
    private static readonly string[] Kinds = ["training", "observational", "course", "hire"];
    private static readonly string[] HostKinds = ["company", "socialCooperative", "association", "foundation"];
    private static readonly string[] Programmes = ["gol", "serviceVoucher", "municipal", "other"];
    private static readonly string[] Measures = ["golServices", "orientation", "jobSearch", "placement", "training"];
    private static readonly string[] PersonGroups = ["youthUnder18", "adultInDifficulty", "disability", "migrant", "woman", "longTermUnemployed"];

    public static List<string> Validate(PlacementsSeedFile seed, SeedFile registry, GrantsSeedFile? grants, ReferralsSeedFile? referrals)
    {
        var errors = new List<string>();
        if (seed.Tenant != registry.Tenant)
        {
            errors.Add($"tenant '{seed.Tenant}' does not match the file name '{registry.Tenant}'");
        }

        var organisations = registry.Organisations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var hostKeys = new HashSet<string>();
        foreach (var host in seed.Hosts)
        {
            var item = $"host '{host.Key}'";
            SeedValidator.CheckKey(host.Key, item, hostKeys, errors);
            SeedValidator.CheckText(host.Name, item, "name", errors);
            SeedValidator.CheckOneOf(host.Kind, HostKinds, item, "kind", errors);
            if (organisations.Contains(host.Key))
            {
                errors.Add($"{item}: {registry.Tenant}.json already has an organisation with that key");
            }

            if (!host.Name.Contains("fittizi", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{item}: the name must say the company is fictional («fittizia»)");
            }
        }

        var lines = grants?.Budgets.SelectMany(b => b.Lines.Select(l => (Key: $"{b.Key}/{l.Key}", Line: l)))
            .ToDictionary(x => x.Key, x => x.Line) ?? [];
        var committed = lines.Keys.ToDictionary(k => k, _ => 0m);
        foreach (var r in grants?.StipendReservations ?? [])
        {
            if (committed.ContainsKey(r.Line))
            {
                committed[r.Line] += r.Months * r.MonthlyAmount;
            }
        }

        var cohortKeys = new HashSet<string>();
        foreach (var c in seed.Placements)
        {
            var item = $"placements '{c.Key}'";
            SeedValidator.CheckKey(c.Key, item, cohortKeys, errors);
            SeedValidator.CheckOneOf(c.Kind, Kinds, item, "kind", errors);
            SeedValidator.CheckText(c.Tutor, item, "tutor", errors);
            if (c.DurationMonths is not (3 or 4 or 6))
            {
                errors.Add($"{item}: durationMonths must be 3, 4 or 6");
            }

            if (c.People < 1)
            {
                errors.Add($"{item}: people must be at least 1");
                continue;
            }

            if (c.MonthlyStipend <= 0 || decimal.Round(c.MonthlyStipend, 2) != c.MonthlyStipend || c.WeeklyHours is < 1 or > 48)
            {
                errors.Add($"{item}: monthlyStipend must be positive, to the cent, and weeklyHours 1 to 48");
            }

            if (!organisations.Contains(c.Promoting))
            {
                errors.Add($"{item}: promoting organisation '{c.Promoting}' is not in {registry.Tenant}.json");
            }

            if (c.Hosts.Count == 0 || c.Hosts.Any(h => !hostKeys.Contains(h)))
            {
                errors.Add($"{item}: hosts must be keys of the file's hosts");
            }

            foreach (var g in c.TargetGroups.Where(g => !PersonGroups.Contains(g)))
            {
                errors.Add($"{item}: target group '{g}' is not one of {string.Join(", ", PersonGroups)}");
            }

            if (c.StartTo < c.StartFrom || c.BornTo < c.BornFrom || c.BornTo.AddYears(16) > c.StartFrom)
            {
                errors.Add($"{item}: the start and birth dates must be in order, everyone at least 16 at the first start");
            }

            var lastEnd = c.StartTo.AddMonths(c.DurationMonths).AddDays(-1);
            if (lastEnd.AddDays(182) >= DateOnly.FromDateTime(DateTime.UtcNow))
            {
                errors.Add($"{item}: the 182-day follow-up of the last placement is not due yet");
            }

            foreach (var o in c.Outcomes.Keys.Where(o => !PlacementCohort.OutcomeOrder.Contains(o)))
            {
                errors.Add($"{item}: outcome '{o}' is not one of {string.Join(", ", PlacementCohort.OutcomeOrder)}");
            }

            if (c.Outcomes.Values.Sum() != c.People || c.Outcomes.Values.Any(v => v < 0))
            {
                errors.Add($"{item}: the outcomes must add up to {c.People} people");
            }

            if (c.Interrupted < 0 || c.Interrupted > c.Outcomes.GetValueOrDefault("droppedOut"))
            {
                errors.Add($"{item}: the interrupted are the last people and must all have dropped out (at most {c.Outcomes.GetValueOrDefault("droppedOut")})");
            }

            if (!c.FollowUps.Keys.Order().SequenceEqual(["182", "31", "92"])
                || c.FollowUps.Values.Any(f => f.Employed < 0 || f.Employed > c.People || f.LeftCircuit < 0 || f.LeftCircuit > c.People))
            {
                errors.Add($"{item}: followUps must give 31, 92 and 182, each with employed and leftCircuit from 0 to {c.People}");
            }

            if (c.Residence.Count == 0 || c.Residence.Any(r => r.Weight < 1 || r.MunicipalityIstat.Length != 6 || !r.MunicipalityIstat.All(char.IsAsciiDigit)))
            {
                errors.Add($"{item}: residence needs six-digit ISTAT codes with a weight of at least 1");
            }

            for (var n = 0; n < c.People; n++)
            {
                var year = c.StartOf(n).Year.ToString(CultureInfo.InvariantCulture);
                if (!c.Lines.TryGetValue(year, out var line))
                {
                    errors.Add($"{item}: no stipends line for the starts of {year}");
                    break;
                }

                if (!lines.TryGetValue(line, out var budgetLine))
                {
                    errors.Add($"{item}: line '{line}' is not a line of {registry.Tenant}.grants.json");
                    break;
                }

                if (budgetLine.Kind != "stipends")
                {
                    errors.Add($"{item}: line '{line}' is not a stipends line");
                    break;
                }

                committed[line] += c.DurationMonths * c.MonthlyStipend;
            }
        }

        foreach (var (line, total) in committed.Where(c => c.Value > lines[c.Key].Amount))
        {
            errors.Add($"line '{line}': the grants and placements files reserve {total} on it but it holds {lines[line].Amount}");
        }

        var gol = referrals?.GolAssignments.ToDictionary(g => g.Key, StringComparer.Ordinal) ?? [];
        var projectKeys = new HashSet<string>();
        foreach (var p in seed.Projects)
        {
            var item = $"projects '{p.Key}'";
            SeedValidator.CheckKey(p.Key, item, projectKeys, errors);
            SeedValidator.CheckOneOf(p.Programme, Programmes, item, "programme", errors);
            foreach (var m in p.Measures.Keys.Where(m => !Measures.Contains(m)))
            {
                errors.Add($"{item}: measure '{m}' is not one of {string.Join(", ", Measures)}");
            }

            if (!organisations.Contains(p.Organisation))
            {
                errors.Add($"{item}: organisation '{p.Organisation}' is not in {registry.Tenant}.json");
            }

            if (!gol.ContainsKey(p.People))
            {
                errors.Add($"{item}: people '{p.People}' is not a GOL cohort of {registry.Tenant}.referrals.json");
            }

            if (p.Count < 1 || p.Measures.Values.Sum() != p.Count || p.Concluded < 0 || p.Concluded > p.Count || p.To < p.From
                || p.ConcludedAfterDays < 0)
            {
                errors.Add($"{item}: the measures must add up to {p.Count}, at most that many concluded, the dates in order");
            }
        }

        return errors;
    }
}
