using System.Globalization;
using System.Text.RegularExpressions;

namespace Rete.Seeds;

/// <summary>
/// Checks a parsed seed file before anything is sent: values from the API's vocabularies, keys unique and
/// resolvable, parents acyclic, codes, dates and times well formed. Every message names the item.
/// </summary>
internal static partial class SeedValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex IstatPattern();

    [GeneratedRegex("^([A-Z0-9]{16}|[0-9]{11})$")]
    private static partial Regex TaxCodePattern();

    public static List<string> Validate(SeedFile seed, string expectedTenant)
    {
        var errors = new List<string>();

        if (seed.Tenant != expectedTenant)
        {
            errors.Add($"tenant '{seed.Tenant}' does not match the file name '{expectedTenant}'");
        }

        ValidateConsortium(seed.Consortium, errors);

        var organisationKeys = ValidateOrganisations(seed.Organisations, errors);
        foreach (var (role, organisation) in seed.DevelopmentUsers)
        {
            var item = $"development user '{role}@{seed.Tenant}'";
            CheckOneOf(role, Vocabulary.Roles, item, "role", errors);
            CheckReference(organisation, organisationKeys, item, errors);
        }

        var networkKeys = new HashSet<string>();
        foreach (var network in seed.Networks)
        {
            var item = $"network '{network.Key}'";
            CheckKey(network.Key, item, networkKeys, errors);
            CheckText(network.Name, item, "name", errors);
            CheckOneOf(network.Scope, Vocabulary.NetworkScopes, item, "scope", errors);
            CheckOptionalIstat(network.MunicipalityIstat, item, errors);
            if (network.Scope is "district" && string.IsNullOrWhiteSpace(network.District))
            {
                errors.Add($"{item}: scope 'district' needs a district");
            }

            if (network.Scope is "district" or "municipality" && network.MunicipalityIstat is null)
            {
                errors.Add($"{item}: scope '{network.Scope}' needs a municipalityIstat");
            }

            var memberKeys = new HashSet<string>();
            foreach (var member in network.Members)
            {
                var memberItem = $"{item} member '{member.Organisation}'";
                CheckReference(member.Organisation, organisationKeys, memberItem, errors);
                if (!memberKeys.Add(member.Organisation))
                {
                    errors.Add($"{memberItem}: listed twice");
                }

                CheckOneOf(member.Membership, Vocabulary.Memberships, memberItem, "membership", errors);
            }

            var meetingKeys = new HashSet<string>();
            foreach (var meeting in network.Meetings)
            {
                ValidateMeeting(meeting, $"{item} meeting '{meeting.Key}'", meetingKeys, organisationKeys, errors);
            }
        }

        return errors;
    }

    private static void ValidateConsortium(SeedConsortium consortium, List<string> errors)
    {
        const string item = "consortium";
        CheckText(consortium.Name, item, "name", errors);
        if (consortium.Members.Count == 0)
        {
            errors.Add($"{item}: members is empty");
        }

        var codes = new HashSet<string>();
        foreach (var member in consortium.Members)
        {
            var memberItem = $"{item} member '{member.Name}'";
            CheckText(member.Name, memberItem, "name", errors);
            if (!IstatPattern().IsMatch(member.IstatCode))
            {
                errors.Add($"{memberItem}: istatCode '{member.IstatCode}' is not 6 digits");
            }
            else if (!codes.Add(member.IstatCode))
            {
                errors.Add($"{memberItem}: istatCode '{member.IstatCode}' listed twice");
            }

            if (member.Population <= 0)
            {
                errors.Add($"{memberItem}: population must be positive");
            }
        }

        if (consortium.LeadMunicipalityIstat is { } lead && !codes.Contains(lead))
        {
            errors.Add($"{item}: leadMunicipalityIstat '{lead}' is not among the members");
        }
    }

    private static HashSet<string> ValidateOrganisations(List<SeedOrganisation> organisations, List<string> errors)
    {
        var keys = new HashSet<string>();
        foreach (var organisation in organisations)
        {
            var item = $"organisation '{organisation.Key}'";
            CheckKey(organisation.Key, item, keys, errors);
            CheckText(organisation.Name, item, "name", errors);
            CheckOneOf(organisation.Kind, Vocabulary.OrganisationKinds, item, "kind", errors);
            CheckSubset(organisation.Areas, Vocabulary.Areas, item, "areas", errors);
            CheckSubset(organisation.TargetGroups, Vocabulary.TargetGroups, item, "targetGroups", errors);
            CheckOptionalIstat(organisation.MunicipalityIstat, item, errors);
            if (organisation.TaxCode is { } taxCode && !TaxCodePattern().IsMatch(taxCode))
            {
                errors.Add($"{item}: taxCode '{taxCode}' is neither 16 characters nor 11 digits");
            }

            var accreditationKeys = new HashSet<string>();
            foreach (var accreditation in organisation.Accreditations)
            {
                var accreditationItem = $"{item} accreditation '{accreditation.Key}'";
                CheckKey(accreditation.Key, accreditationItem, accreditationKeys, errors);
                CheckText(accreditation.Region, accreditationItem, "region", errors);
                CheckOneOf(accreditation.Kind, Vocabulary.AccreditationKinds, accreditationItem, "kind", errors);
                CheckOneOf(accreditation.Stage, Vocabulary.AccreditationStages, accreditationItem, "stage", errors);
                if (accreditation.ValidFrom is { } from && accreditation.ValidTo is { } to && to < from)
                {
                    errors.Add($"{accreditationItem}: validTo {to:yyyy-MM-dd} is before validFrom {from:yyyy-MM-dd}");
                }

                foreach (var site in accreditation.Sites)
                {
                    CheckText(site, accreditationItem, "sites[]", errors);
                }
            }
        }

        var byKey = organisations.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var organisation in organisations.Where(o => o.Parent is not null))
        {
            var item = $"organisation '{organisation.Key}'";
            if (!CheckReference(organisation.Parent!, keys, $"{item} parent", errors))
            {
                continue;
            }

            // Walk up the parents; a walk longer than the list means a cycle.
            var current = organisation;
            for (var steps = 0; current.Parent is { } parent && byKey.TryGetValue(parent, out var next); steps++)
            {
                if (steps > organisations.Count)
                {
                    errors.Add($"{item}: its parents form a cycle");
                    break;
                }

                current = next;
            }
        }

        return keys;
    }

    private static void ValidateMeeting(
        SeedMeeting meeting, string item, HashSet<string> meetingKeys, HashSet<string> organisationKeys, List<string> errors)
    {
        CheckKey(meeting.Key, item, meetingKeys, errors);
        var start = CheckTime(meeting.StartTime, item, "startTime", errors);
        var end = CheckTime(meeting.EndTime, item, "endTime", errors);
        if (start is not null && end is not null && end <= start)
        {
            errors.Add($"{item}: endTime {meeting.EndTime} is not after startTime {meeting.StartTime}");
        }

        foreach (var line in meeting.Agenda)
        {
            CheckText(line, item, "agenda[]", errors);
        }

        foreach (var line in meeting.Decisions)
        {
            CheckText(line, item, "decisions[]", errors);
        }

        foreach (var attendance in meeting.Attendance)
        {
            var attendanceItem = $"{item} attendance '{attendance.Organisation ?? attendance.OrganisationName}'";
            if ((attendance.Organisation is null) == (attendance.OrganisationName is null))
            {
                errors.Add($"{attendanceItem}: give exactly one of organisation (a key) or organisationName");
            }
            else if (attendance.Organisation is { } key)
            {
                CheckReference(key, organisationKeys, attendanceItem, errors);
            }

            if (attendance.People <= 0)
            {
                errors.Add($"{attendanceItem}: people must be positive");
            }
        }
    }

    internal static void CheckKey(string key, string item, HashSet<string> seen, List<string> errors)
    {
        if (!SlugPattern().IsMatch(key))
        {
            errors.Add($"{item}: key must be lower-case letters, digits and single hyphens");
        }
        else if (!seen.Add(key))
        {
            errors.Add($"{item}: key used twice");
        }
    }

    private static bool CheckReference(string key, HashSet<string> organisationKeys, string item, List<string> errors)
    {
        if (organisationKeys.Contains(key))
        {
            return true;
        }

        errors.Add($"{item}: no organisation with key '{key}' in this file");
        return false;
    }

    internal static void CheckText(string? value, string item, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{item}: {field} is empty");
        }
    }

    internal static void CheckOneOf(string value, IReadOnlyList<string> allowed, string item, string field, List<string> errors)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add($"{item}: unknown {field} '{value}' (expected one of: {string.Join(", ", allowed)})");
        }
    }

    private static void CheckSubset(List<string> values, IReadOnlyList<string> allowed, string item, string field, List<string> errors)
    {
        foreach (var value in values)
        {
            CheckOneOf(value, allowed, item, field, errors);
        }

        foreach (var duplicate in values.GroupBy(v => v).Where(g => g.Count() > 1))
        {
            errors.Add($"{item}: {field} lists '{duplicate.Key}' twice");
        }
    }

    private static void CheckOptionalIstat(string? code, string item, List<string> errors)
    {
        if (code is not null && !IstatPattern().IsMatch(code))
        {
            errors.Add($"{item}: municipalityIstat '{code}' is not 6 digits");
        }
    }

    private static TimeOnly? CheckTime(string? value, string item, string field, List<string> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add($"{item}: {field} '{value}' is not HH:mm");
        return null;
    }
}
