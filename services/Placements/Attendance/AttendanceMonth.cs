using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Money;

namespace Rete.Placements.Attendance;

/// <summary>
/// One month of a placement as its tutor records it: month <see cref="Number"/> runs from the start date plus
/// (number − 1) months to the day before the next month begins. The stipend due is the monthly stipend in proportion
/// to the days attended out of the days scheduled, rounded to the cent (<see cref="Euro.Share"/>).
/// </summary>
public sealed class AttendanceMonth : ITenantOwned, IHasId
{
    private AttendanceMonth()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PlacementId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The first day of this placement month.</summary>
    public DateOnly MonthStart { get; private set; }

    public int DaysAttended { get; private set; }

    public int DaysScheduled { get; private set; }

    public decimal StipendDue { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public int Version { get; private set; }

    internal static AttendanceMonth Create(string tenantId, Guid placementId, int number, DateOnly monthStart, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), TenantId = tenantId, PlacementId = placementId, Number = number, MonthStart = monthStart };

    internal void Set(int attended, int scheduled, decimal monthlyStipend, DateTimeOffset now)
    {
        DaysAttended = attended;
        DaysScheduled = scheduled;
        StipendDue = Euro.Share(monthlyStipend, attended, scheduled);
        RecordedAt = now;
        Version++;
    }
}
