using Rete.Contracts.Referrals;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.Assignments;

/// <summary>
/// A GOL assignment: a CPI entrusts a person to an operator accredited for Servizi al Lavoro, for pathway 1-4.
/// Pathway 4 (work and inclusion) is run together with social services, who are named on it.
/// </summary>
public sealed class GolAssignment : Aggregate, ITenantOwned, IHasId
{
    public const string Active = "active";
    public const string Ended = "closed";

    public static readonly string[] Outcomes = ["employed", "training", "returnedToCpi", "dropout", "other"];

    private GolAssignment()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public Guid CpiOrganisationId { get; private set; }

    public Guid OperatorOrganisationId { get; private set; }

    /// <summary>The operator's Servizi al Lavoro accreditation in force on <see cref="AssignedOn"/>.</summary>
    public Guid AccreditationId { get; private set; }

    public int Pathway { get; private set; }

    public Guid? SocialServicesOrganisationId { get; private set; }

    public DateOnly AssignedOn { get; private set; }

    public string AssignedBy { get; private set; } = "";

    public string Status { get; private set; } = Active;

    public string? Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public static GolAssignment Assign(
        string tenantId, Guid personId, Guid cpi, Guid operatorOrganisation, Guid accreditationId, int pathway, Guid? socialServices,
        DateOnly assignedOn, string assignedBy, DateTimeOffset now)
    {
        var assignment = new GolAssignment
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            PersonId = personId,
            CpiOrganisationId = cpi,
            OperatorOrganisationId = operatorOrganisation,
            AccreditationId = accreditationId,
            Pathway = pathway,
            SocialServicesOrganisationId = socialServices,
            AssignedOn = assignedOn,
            AssignedBy = assignedBy,
            CreatedAt = now,
            Version = 1,
        };
        assignment.Raise(new GolAssignmentCreated(Guid.CreateVersion7(now), tenantId, now, assignment.Id, personId, assignment.Version,
            cpi, operatorOrganisation, accreditationId, pathway, socialServices, assignedOn));
        return assignment;
    }

    public void Close(string outcome, DateOnly on, DateTimeOffset now)
    {
        if (Status != Active)
        {
            throw new DomainException("assignment-closed", "L'assegnazione è già chiusa.");
        }

        if (on < AssignedOn)
        {
            throw new DomainException("invalid-closing-date", "La chiusura non può precedere l'assegnazione.");
        }

        (Status, Outcome, ClosedOn) = (Ended, outcome, on);
        Version++;
        Raise(new GolAssignmentClosed(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, CpiOrganisationId,
            OperatorOrganisationId, Pathway, outcome, on));
    }
}
