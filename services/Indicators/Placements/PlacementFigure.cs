using Rete.Contracts;
using Rete.Contracts.Placements;
using Rete.Indicators.Counters;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Placements;

/// <summary>
/// A placement as Placements' events describe it, with its follow-ups. The person is the opaque id Placements
/// gives; nothing else about them reaches this service.
/// </summary>
public sealed class PlacementFigure : ITenantOwned, IPersonRow
{
    public const string Completed = "completed";
    public const string Interrupted = "interrupted";
    public const string Hired = "hired";

    /// <summary>The follow-ups every ended placement comes due for, in days after its end.</summary>
    public static readonly int[] FollowUpDays = [31, 92, 182];

    private PlacementFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    /// <summary>"training", "observational", "course" or "hire"; null until an event naming it arrives.</summary>
    public string? Kind { get; private set; }

    public int? DurationMonths { get; private set; }

    public Guid? PromotingOrganisationId { get; private set; }

    public Guid? HostOrganisationId { get; private set; }

    /// <summary>proposed, funded, active, completed, interrupted, cancelled.</summary>
    public string Status { get; private set; } = "proposed";

    public string? FundingRefusedReason { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>Stipends paid: what the end event says, or while it runs the sum of the months recorded.</summary>
    public decimal Paid { get; private set; }

    /// <summary>"hired", "extended", "noHire" or "droppedOut".</summary>
    public string? Outcome { get; private set; }

    public string? ContractType { get; private set; }

    /// <summary>
    /// Whether the latest follow-up found the person out of the assistance circuit; null before any follow-up. Kept on
    /// the row so that the share leaving the circuit is a count, not a search for each placement's latest follow-up.
    /// </summary>
    public bool? LeftAssistanceCircuit { get; private set; }

    public List<FollowUpFigure> FollowUps { get; private set; } = [];

    public static PlacementFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var p = new PlacementFigure { TenantId = tenantId, Id = id };
        var months = new Dictionary<DateOnly, decimal>();
        decimal? paidAtEnd = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case PlacementProposed m:
                    (p.PersonId, p.Kind, p.DurationMonths, p.PromotingOrganisationId, p.HostOrganisationId) =
                        (m.PersonId, m.Kind, m.DurationMonths, m.PromotingOrganisationId, m.HostOrganisationId);
                    break;
                case PlacementFunded:
                    p.Status = "funded";
                    break;
                case PlacementFundingRefused m:
                    p.FundingRefusedReason = m.Reason;
                    break;
                case PlacementStarted m:
                    (p.PersonId, p.Kind, p.DurationMonths, p.HostOrganisationId, p.StartedOn, p.Status) =
                        (m.PersonId, m.Kind, m.DurationMonths, m.HostOrganisationId, m.StartedOn, "active");
                    break;
                case PlacementCompleted m:
                    (p.PersonId, p.Kind, p.DurationMonths, p.EndedOn, p.Status, paidAtEnd) =
                        (m.PersonId, m.Kind, m.DurationMonths, m.EndedOn, Completed, m.PaidAmount);
                    break;
                case PlacementInterrupted m:
                    (p.PersonId, p.Kind, p.DurationMonths, p.EndedOn, p.Status, paidAtEnd) =
                        (m.PersonId, m.Kind, m.DurationMonths, m.EndedOn, Interrupted, m.PaidAmount);
                    break;
                case PlacementCancelled:
                    p.Status = "cancelled";
                    break;
                case PlacementAttendanceRecorded m:
                    months[m.Month] = m.StipendDue;
                    break;
                case PlacementOutcomeRecorded m:
                    (p.Kind, p.Outcome, p.ContractType) = (m.Kind, m.Outcome, m.ContractType);
                    break;
                case PlacementFollowUpRecorded m:
                    p.FollowUps.RemoveAll(f => f.DaysAfterEnd == m.DaysAfterEnd);
                    p.FollowUps.Add(FollowUpFigure.From(tenantId, m));
                    break;
            }
        }

        p.Paid = paidAtEnd ?? months.Values.Sum();
        p.LeftAssistanceCircuit = p.FollowUps.MaxBy(f => f.DaysAfterEnd) is { } latest ? !latest.InAssistanceCircuit : null;
        return p;
    }
}

/// <summary>A follow-up recorded <see cref="DaysAfterEnd"/> days after a placement's end.</summary>
public sealed class FollowUpFigure : ITenantOwned
{
    private FollowUpFigure()
    {
    }

    public Guid PlacementId { get; private set; }

    public int DaysAfterEnd { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    public bool Employed { get; private set; }

    public bool InAssistanceCircuit { get; private set; }

    internal static FollowUpFigure From(string tenantId, PlacementFollowUpRecorded m) => new()
    {
        TenantId = tenantId,
        PlacementId = m.PlacementId,
        DaysAfterEnd = m.DaysAfterEnd,
        DueOn = m.DueOn,
        RecordedOn = m.RecordedOn,
        Employed = m.Employed,
        InAssistanceCircuit = m.InAssistanceCircuit,
    };
}
