using Rete.Contracts.Placements;
using Rete.Placements.Attendance;

namespace Rete.Placements.Placements;

public sealed partial class Placement
{
    public const int MaxDaysInMonth = 31;

    /// <summary>
    /// Records (or corrects) month <paramref name="number"/> of an active placement. Every month is paid at most its
    /// monthly stipend and there are at most <see cref="DurationMonths"/> months, so the stipends due never exceed the
    /// reservation.
    /// </summary>
    public AttendanceMonth RecordAttendance(int number, int attended, int scheduled, DateTimeOffset now)
    {
        Require(Status == PlacementStatus.Active, "placement-not-active",
            "Le presenze si registrano mentre il tirocinio è in corso (l'ultimo mese prima di concluderlo).");
        Require(number >= 1 && number <= DurationMonths, "month-out-of-range",
            $"Il tirocinio dura {DurationMonths} mesi: il mese va da 1 a {DurationMonths}.");
        Require(scheduled is >= 1 and <= MaxDaysInMonth && attended >= 0 && attended <= scheduled, "invalid-attendance",
            "I giorni di presenza vanno da 0 ai giorni previsti, che vanno da 1 a 31.");
        var monthStart = StartedOn!.Value.AddMonths(number - 1);
        var month = Attendance.SingleOrDefault(a => a.Number == number);
        if (month is null)
        {
            month = AttendanceMonth.Create(TenantId, Id, number, monthStart, now);
            Attendance.Add(month);
        }

        month.Set(attended, scheduled, MonthlyStipend, now);
        Changed(now);
        Raise(new PlacementAttendanceRecorded(Guid.CreateVersion7(now), TenantId, now, Id, Version, BudgetLineId, monthStart,
            attended, scheduled, month.StipendDue));
        return month;
    }

    /// <summary>The stipends due so far by the months recorded.</summary>
    public decimal StipendsDue => Attendance.Sum(a => a.StipendDue);
}
