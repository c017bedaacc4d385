using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Placements.FollowUps;

/// <summary>
/// A check on the person 31, 92 and 182 days after a placement ended: employed? still in the social-assistance circuit?
/// The three are scheduled when the placement ends, come due on their own, and are recorded by an operator.
/// </summary>
public sealed class FollowUp : ITenantOwned, IHasId
{
    public static readonly int[] Offsets = [31, 92, 182];

    /// <summary>Days after its due date when a follow-up not yet recorded counts as overdue.</summary>
    public const int GraceDays = 30;

    private FollowUp()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PlacementId { get; private set; }

    public int DaysAfterEnd { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? RecordedOn { get; private set; }

    public bool? Employed { get; private set; }

    public bool? InAssistanceCircuit { get; private set; }

    public string? Note { get; private set; }

    public bool IsRecorded => RecordedOn is not null;

    internal static IEnumerable<FollowUp> Schedule(string tenantId, Guid placementId, DateOnly endedOn, DateTimeOffset now) =>
        Offsets.Select(days => new FollowUp
        {
            Id = Guid.CreateVersion7(now), TenantId = tenantId, PlacementId = placementId, DaysAfterEnd = days, DueOn = endedOn.AddDays(days),
        });

    internal void Record(DateOnly on, bool employed, bool inAssistanceCircuit, string? note)
    {
        (RecordedOn, Employed, InAssistanceCircuit, Note) = (on, employed, inAssistanceCircuit, note?.Trim());
    }
}
