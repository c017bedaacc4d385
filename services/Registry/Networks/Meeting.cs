using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Registry.Networks;

/// <summary>Who came to a meeting: an organisation (registered, or named when it is not in the registry) and how many people.</summary>
public sealed record Attendance(Guid? OrganisationId, string? OrganisationName, int People);

/// <summary>An incontro di rete: date, place, agenda, attendance, minutes and decisions. Recording it raises its event.</summary>
public sealed class Meeting : Aggregate, ITenantOwned, IHasId
{
    private Meeting()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid NetworkId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly? StartTime { get; private set; }

    public TimeOnly? EndTime { get; private set; }

    public string? Place { get; private set; }

    public List<string> Agenda { get; private set; } = [];

    public List<Attendance> Attendance { get; private set; } = [];

    public string? Minutes { get; private set; }

    public List<string> Decisions { get; private set; } = [];

    public DateTimeOffset RecordedAt { get; private set; }

    public int PeoplePresent => Attendance.Sum(a => a.People);

    public static Meeting Record(
        string tenantId, Guid networkId, DateOnly date, TimeOnly? start, TimeOnly? end, string? place,
        IEnumerable<string> agenda, IEnumerable<Attendance> attendance, string? minutes, IEnumerable<string> decisions, DateTimeOffset now)
    {
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            NetworkId = networkId,
            Date = date,
            StartTime = start,
            EndTime = end,
            Place = place,
            Agenda = agenda.ToList(),
            Attendance = attendance.ToList(),
            Minutes = minutes,
            Decisions = decisions.ToList(),
            RecordedAt = now,
        };
        meeting.Raise(NetworkEvents.MeetingRecorded(meeting, now));
        return meeting;
    }
}
