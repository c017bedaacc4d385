using System.Globalization;

namespace Rete.Web.Networks;

/// <summary>
/// The meeting form as posted: the people present for each member organisation, up to <see cref="OtherRows"/> others
/// by name, and agenda and decisions one per line. Values that are not dates, times or numbers stay as typed and are
/// refused here, before the API is asked.
/// </summary>
public sealed class MeetingForm
{
    public const int OtherRows = 3;

    public string? Date { get; private init; }
    public string? StartTime { get; private init; }
    public string? EndTime { get; private init; }
    public string? Place { get; private init; }
    public string? Agenda { get; private init; }
    public string? Minutes { get; private init; }
    public string? Decisions { get; private init; }
    public Dictionary<Guid, string?> MemberPeople { get; private init; } = [];
    public (string? Name, string? People)[] Others { get; private init; } = new (string?, string?)[OtherRows];

    public static MeetingForm From(IFormCollection form, IEnumerable<Guid> members) => new()
    {
        Date = Text(form, "date"),
        StartTime = Text(form, "startTime"),
        EndTime = Text(form, "endTime"),
        Place = Text(form, "place"),
        Agenda = Text(form, "agenda"),
        Minutes = Text(form, "minutes"),
        Decisions = Text(form, "decisions"),
        MemberPeople = members.ToDictionary(m => m, m => Text(form, $"present-{m}")),
        Others = Enumerable.Range(0, OtherRows).Select(i => (Text(form, $"otherName{i}"), Text(form, $"otherPeople{i}"))).ToArray(),
    };

    /// <summary>The request, or the fields this form refuses itself (keyed as the page's inputs are named).</summary>
    public (MeetingRequest? Request, Dictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>();
        var date = Parse(Date, "date", "Indicare una data valida.", s => DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) ? d : (DateOnly?)null, errors);
        var start = Parse(StartTime, "startTime", "Indicare un orario valido (ore:minuti).", ParseTime, errors);
        var end = Parse(EndTime, "endTime", "Indicare un orario valido (ore:minuti).", ParseTime, errors);
        var attendance = new List<MeetingAttendance>();
        foreach (var (member, people) in MemberPeople)
        {
            if (Parse(people, $"present-{member}", "Indicare un numero di persone.", ParseCount, errors) is { } n and > 0)
            {
                attendance.Add(new MeetingAttendance(member, null, n));
            }
        }

        for (var i = 0; i < Others.Length; i++)
        {
            var (name, people) = Others[i];
            var n = Parse(people, $"otherPeople{i}", "Indicare un numero di persone.", ParseCount, errors);
            if (name is not null || n is not null)
            {
                attendance.Add(new MeetingAttendance(null, name, n ?? 1));
            }
        }

        var request = new MeetingRequest(date, start, end, Place, Lines(Agenda), attendance, Minutes, Lines(Decisions));
        return (errors.Count == 0 ? request : null, errors);
    }

    private static T? Parse<T>(string? value, string field, string message, Func<string, T?> parse, Dictionary<string, string[]> errors)
        where T : struct
    {
        if (value is null)
        {
            return null;
        }

        var parsed = parse(value);
        if (parsed is null)
        {
            errors[field] = [message];
        }

        return parsed;
    }

    private static TimeOnly? ParseTime(string s) =>
        TimeOnly.TryParseExact(s, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static int? ParseCount(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string? Text(IFormCollection form, string key) => form[key].ToString().Trim() is { Length: > 0 } v ? v : null;
}
