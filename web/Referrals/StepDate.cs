using System.Globalization;
using Rete.Web.Apis;
using Rete.Web.People;

namespace Rete.Web.Referrals;

/// <summary>
/// When a step happened, as a desk declares it with a date and an optional time (Rome's clock). Today without a time
/// is sent as nothing, so Referrals takes its own clock; another day without a time is that day at noon.
/// </summary>
public sealed record StepDate(string Date, string Time, DateTimeOffset? At, string? Error)
{
    public const string DateField = "stepDate";
    public const string TimeField = "stepTime";

    public static StepDate Today() => new(PeopleForms.Iso(PeopleForms.Today)!, "", null, null);

    public static StepDate Read(IFormCollection form)
    {
        var (date, time) = (form[DateField].ToString().Trim(), form[TimeField].ToString().Trim());
        if (date.Length == 0)
        {
            return time.Length == 0 ? new(date, time, null, null) : new(date, time, null, "Indicare anche la data del passaggio.");
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new(date, time, null, "Data non valida: usare il formato gg/mm/aaaa.");
        }

        TimeOnly? hour = null;
        if (time.Length > 0)
        {
            if (!TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return new(date, time, null, "Ora non valida: usare il formato hh:mm.");
            }

            hour = parsed;
        }

        if (hour is null && day == PeopleForms.Today)
        {
            return new(date, time, null, null);
        }

        var local = day.ToDateTime(hour ?? new TimeOnly(12, 0));
        return new(date, time, new DateTimeOffset(local, PeopleForms.Rome.GetUtcOffset(local)), null);
    }

    /// <summary>The API's refusal of the declared time (a future one, or one before the previous step), to show beside the date.</summary>
    public string? ErrorFrom(ApiProblem? problem, string apiField) =>
        Error ?? problem?.ErrorFor(apiField) ?? (problem?.Code == "step-before-previous" ? problem.Detail : null);
}
