using System.Globalization;

namespace Rete.Web.People;

/// <summary>Reads the people forms' posted values: an empty field is "not given" for the API, which checks only what it receives.</summary>
public static class PeopleForms
{
    public static string? Text(IFormCollection form, string key) =>
        form[key].ToString().Trim() is { Length: > 0 } value ? value : null;

    /// <summary>A date input posts yyyy-MM-dd; anything else is left out and the API names the missing field.</summary>
    public static DateOnly? Date(IFormCollection form, string key) =>
        DateOnly.TryParseExact(form[key].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Italian(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Italian(DateOnly? day) => day is { } d ? Italian(d) : "";

    public static string Italian(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Rome).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Rome).DateTime);

    public static PeopleSearch Search(IFormCollection form) =>
        new(Text(form, "taxCode")?.ToUpperInvariant(), Text(form, "lastName"), Text(form, "firstName"), Date(form, "birthDate"));

    public static PersonRequest Person(IFormCollection form) =>
        // The required names go as "" rather than null: Referrals' validator reads the tax code's characters.
        new(Text(form, "firstName") ?? "", Text(form, "lastName") ?? "", Text(form, "taxCode") ?? "", Date(form, "birthDate"), Text(form, "municipalityIstat"),
            Text(form, "district"), [.. form["targetGroups"].OfType<string>()], Text(form, "education"), Text(form, "email"),
            Text(form, "phone"), Text(form, "disability"), Text(form, "healthServiceFollowUp"));

    /// <summary>The time people at the desks read and write; UTC where the machine has no time-zone data.</summary>
    public static readonly TimeZoneInfo Rome = FindRome();

    private static TimeZoneInfo FindRome()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
