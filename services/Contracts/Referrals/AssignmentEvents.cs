namespace Rete.Contracts.Referrals;

// GOL (Garanzia di Occupabilità dei Lavoratori): a CPI assigns a person to an operator accredited for
// "Servizi al Lavoro" for pathway 1 (job reintegration), 2 (upskilling), 3 (reskilling) or 4 (work and
// inclusion, handled together with social services).

/// <summary>A CPI assigned a person to an accredited operator for a pathway, under that accreditation.</summary>
public sealed record GolAssignmentCreated(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid AssignmentId, Guid PersonId, int Version,
    Guid CpiOrganisationId, Guid OperatorOrganisationId, Guid AccreditationId, int Pathway,
    Guid? SocialServicesOrganisationId, DateOnly AssignedOn)
    : IIntegrationEvent;

/// <summary>
/// The assignment ended. Outcome: "employed", "training", "returnedToCpi", "dropout", "other".
/// </summary>
public sealed record GolAssignmentClosed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid AssignmentId, Guid PersonId, int Version,
    Guid CpiOrganisationId, Guid OperatorOrganisationId, int Pathway, string Outcome, DateOnly ClosedOn)
    : IIntegrationEvent;
