using Rete.Contracts;
using Rete.Contracts.Placements;
using Rete.ServiceDefaults.Data;

namespace Rete.Referrals.Pathway;

/// <summary>
/// A step of a person's placement as Placements announced it, kept here so the person's pathway tells the whole story.
/// Only the first event of a placement names the person; later steps are joined to it by the placement's id, so
/// steps that arrive out of order still find their person.
/// </summary>
public sealed class PlacementStep : ITenantOwned
{
    private PlacementStep()
    {
    }

    /// <summary>The event's id: a redelivered event is the same step.</summary>
    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PlacementId { get; private set; }

    public Guid? PersonId { get; private set; }

    /// <summary>The placement's version after the step: the order of steps on the same day.</summary>
    public int Version { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Event { get; private set; } = "";

    public Guid? PromotingOrganisationId { get; private set; }

    public Guid? HostOrganisationId { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>The step an event means, or null for one that is not a step of the pathway (attendance).</summary>
    public static PlacementStep? From(IIntegrationEvent e) => e switch
    {
        PlacementProposed p => Step(p, p.Version, p.PlacementId, p.PersonId, p.OccurredAt, "proposed", p.PromotingOrganisationId, p.HostOrganisationId, p.Kind),
        PlacementFunded f => Step(f, f.Version, f.PlacementId, null, f.OccurredAt, "funded", null, null, null),
        PlacementFundingRefused r => Step(r, r.Version, r.PlacementId, null, r.OccurredAt, "fundingRefused", null, null, r.Reason),
        PlacementStarted s => Step(s, s.Version, s.PlacementId, s.PersonId, Day(s.StartedOn), "started", null, s.HostOrganisationId, s.Kind),
        PlacementCompleted c => Step(c, c.Version, c.PlacementId, c.PersonId, Day(c.EndedOn), "completed", null, null, null),
        PlacementInterrupted i => Step(i, i.Version, i.PlacementId, i.PersonId, Day(i.EndedOn), "interrupted", null, null, null),
        PlacementCancelled c => Step(c, c.Version, c.PlacementId, null, c.OccurredAt, "cancelled", null, null, null),
        PlacementOutcomeRecorded o => Step(o, o.Version, o.PlacementId, o.PersonId, Day(o.RecordedOn), "outcome", null, null,
            o.ContractType is null ? o.Outcome : $"{o.Outcome}:{o.ContractType}"),
        PlacementFollowUpRecorded f => Step(f, f.Version, f.PlacementId, f.PersonId, Day(f.RecordedOn), $"followUp{f.DaysAfterEnd}", null, null,
            f.Employed ? "employed" : f.InAssistanceCircuit ? "inAssistanceCircuit" : "notEmployed"),
        _ => null,
    };

    private static PlacementStep Step(IIntegrationEvent e, int version, Guid placement, Guid? person, DateTimeOffset at, string what,
        Guid? promoting, Guid? host, string? detail) => new()
    {
        Id = e.EventId,
        Version = version,
        TenantId = e.TenantId,
        PlacementId = placement,
        PersonId = person,
        At = at,
        Event = what,
        PromotingOrganisationId = promoting,
        HostOrganisationId = host,
        Detail = detail,
    };

    private static DateTimeOffset Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
