using Rete.Contracts;
using Rete.Contracts.Referrals;
using Rete.Indicators.Counters;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Referrals;

/// <summary>A referral as Referrals' events describe it: organisations, programme, codes and the time of each step.</summary>
public sealed class ReferralFigure : ITenantOwned, IPersonRow
{
    private ReferralFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    public Guid? FromOrganisationId { get; private set; }

    public Guid? ToOrganisationId { get; private set; }

    public string? Programme { get; private set; }

    /// <summary>sent, accepted, rejected, withdrawn, closed.</summary>
    public string Status { get; private set; } = "sent";

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? RejectedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ReasonCode { get; private set; }

    /// <summary>The case manager's opaque user id, as the event gives it.</summary>
    public string? CaseManagerId { get; private set; }

    public string? Outcome { get; private set; }

    /// <summary>Whole seconds from sending to acceptance, kept so that the median wait is computed in SQL.</summary>
    public int? SecondsToAcceptance { get; private set; }

    public static ReferralFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var r = new ReferralFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            switch (e)
            {
                case ReferralSent m:
                    (r.PersonId, r.FromOrganisationId, r.ToOrganisationId, r.Programme, r.SentAt) =
                        (m.PersonId, m.FromOrganisationId, m.ToOrganisationId, m.Programme, m.SentAt);
                    break;
                case ReferralAccepted m:
                    r.Between(m.PersonId, m.FromOrganisationId, m.ToOrganisationId);
                    (r.Status, r.CaseManagerId, r.SentAt, r.AcceptedAt) = ("accepted", m.CaseManagerId, m.SentAt, m.AcceptedAt);
                    break;
                case ReferralRejected m:
                    r.Between(m.PersonId, m.FromOrganisationId, m.ToOrganisationId);
                    (r.Status, r.ReasonCode, r.SentAt, r.RejectedAt) = ("rejected", m.ReasonCode, m.SentAt, m.RejectedAt);
                    break;
                case ReferralWithdrawn m:
                    r.Between(m.PersonId, m.FromOrganisationId, m.ToOrganisationId);
                    (r.Status, r.WithdrawnAt) = ("withdrawn", m.WithdrawnAt);
                    break;
                case ReferralClosed m:
                    r.Between(m.PersonId, m.FromOrganisationId, m.ToOrganisationId);
                    (r.Status, r.Outcome, r.AcceptedAt, r.ClosedAt) = ("closed", m.Outcome, m.AcceptedAt, m.ClosedAt);
                    break;
            }
        }

        r.SecondsToAcceptance = r.SentAt is { } sentAt && r.AcceptedAt is { } acceptedAt ? (int)Math.Floor((acceptedAt - sentAt).TotalSeconds) : null;
        return r;
    }

    private void Between(Guid person, Guid from, Guid to) => (PersonId, FromOrganisationId, ToOrganisationId) = (person, from, to);
}

/// <summary>A GOL assignment: which CPI assigned the person to which operator, for which pathway, when.</summary>
public sealed class AssignmentFigure : ITenantOwned, IPersonRow
{
    private AssignmentFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    public Guid? CpiOrganisationId { get; private set; }

    public Guid? OperatorOrganisationId { get; private set; }

    public int? Pathway { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? Outcome { get; private set; }

    public static AssignmentFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var a = new AssignmentFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            switch (e)
            {
                case GolAssignmentCreated m:
                    (a.PersonId, a.CpiOrganisationId, a.OperatorOrganisationId, a.Pathway, a.AssignedOn) =
                        (m.PersonId, m.CpiOrganisationId, m.OperatorOrganisationId, m.Pathway, m.AssignedOn);
                    break;
                case GolAssignmentClosed m:
                    (a.PersonId, a.CpiOrganisationId, a.OperatorOrganisationId, a.Pathway) = (m.PersonId, m.CpiOrganisationId, m.OperatorOrganisationId, m.Pathway);
                    (a.ClosedOn, a.Outcome) = (m.ClosedOn, m.Outcome);
                    break;
            }
        }

        return a;
    }
}

/// <summary>A consent's purpose and dates: what "consents about to expire" counts.</summary>
public sealed class ConsentFigure : ITenantOwned
{
    private ConsentFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    public string? Purpose { get; private set; }

    public DateOnly? GivenOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public static ConsentFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var c = new ConsentFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            switch (e)
            {
                case ConsentGiven m:
                    (c.PersonId, c.Purpose, c.GivenOn, c.ExpiresOn) = (m.PersonId, m.Purpose, m.GivenOn, m.ExpiresOn);
                    break;
                case ConsentWithdrawn m:
                    (c.PersonId, c.WithdrawnOn) = (m.PersonId, m.WithdrawnOn);
                    break;
                case ConsentExpired m:
                    (c.PersonId, c.ExpiresOn) = (m.PersonId, m.ExpiresOn);
                    break;
            }
        }

        return c;
    }
}

/// <summary>Where a person lives, the only fact about them this service keeps: the figures are cut by it.</summary>
public sealed class PersonFigure : ITenantOwned
{
    private PersonFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string? MunicipalityIstat { get; private set; }

    public string? District { get; private set; }

    public static PersonFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var p = new PersonFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            (p.MunicipalityIstat, p.District) = e switch
            {
                PersonRegistered m => (m.MunicipalityIstat, m.District),
                PersonResidenceChanged m => (m.MunicipalityIstat, m.District),
                _ => (p.MunicipalityIstat, p.District),
            };
        }

        return p;
    }
}
