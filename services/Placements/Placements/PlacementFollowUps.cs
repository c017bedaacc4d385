using Rete.Contracts.Placements;
using Rete.Placements.FollowUps;

namespace Rete.Placements.Placements;

public sealed partial class Placement
{
    /// <summary>Records the follow-up <paramref name="daysAfterEnd"/> days after the end, once it has come due.</summary>
    public FollowUp RecordFollowUp(int daysAfterEnd, DateOnly on, bool employed, bool inAssistanceCircuit, string? note, DateTimeOffset now)
    {
        var followUp = FollowUps.SingleOrDefault(f => f.DaysAfterEnd == daysAfterEnd);
        Require(followUp is not null, "follow-up-not-scheduled", "Nessun controllo previsto: i controlli sono a 31, 92 e 182 giorni dalla fine.");
        Require(!followUp!.IsRecorded, "follow-up-recorded", "Questo controllo è già registrato.");
        Require(on >= followUp.DueOn, "follow-up-not-due", $"Il controllo è previsto dal {followUp.DueOn:dd/MM/yyyy}.");
        followUp.Record(on, employed, inAssistanceCircuit, note);
        Changed(now);
        Raise(new PlacementFollowUpRecorded(Guid.CreateVersion7(now), TenantId, now, Id, Version, PersonId, daysAfterEnd, followUp.DueOn,
            on, employed, inAssistanceCircuit));
        return followUp;
    }
}
