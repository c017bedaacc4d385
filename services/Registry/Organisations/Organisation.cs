using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Organisations;

/// <summary>
/// A member of the network (nodo della rete). Its version increases with every change, and every change raises its
/// event. Its Italian full-text index is a shadow property (see OrganisationConfiguration): a database concern.
/// </summary>
public sealed class Organisation : Aggregate, ITenantOwned, IHasId
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    public string? TaxCode { get; private set; }

    public string? Address { get; private set; }

    public string? MunicipalityIstat { get; private set; }

    public string? District { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Website { get; private set; }

    public List<InterventionArea> Areas { get; private set; } = [];

    public List<TargetGroup> TargetGroups { get; private set; } = [];

    public Guid? ParentId { get; private set; }

    public string? Notes { get; private set; }

    public OrganisationStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Organisation Register(string tenantId, OrganisationDetails details, DateTimeOffset now)
    {
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Status = OrganisationStatus.Active,
            Version = 1,
            CreatedAt = now,
        };
        organisation.Apply(details, now);
        organisation.Raise(OrganisationEvents.Registered(organisation, now));
        return organisation;
    }

    public void Update(OrganisationDetails details, DateTimeOffset now)
    {
        if (Status == OrganisationStatus.Closed)
        {
            throw new DomainException("organisation-closed", "Un'organizzazione chiusa non può essere modificata.");
        }

        if (details.ParentId == Id)
        {
            throw new DomainException("parent-is-self", "Un'organizzazione non può essere la propria organizzazione madre.");
        }

        Apply(details, now);
        Version++;
        Raise(OrganisationEvents.Updated(this, now));
    }

    public void Suspend(string? reason, DateTimeOffset now)
    {
        if (Status != OrganisationStatus.Active)
        {
            throw new DomainException("organisation-not-active", "Solo un'organizzazione attiva può essere sospesa.");
        }

        ChangeStatus(OrganisationStatus.Suspended, reason, now);
        Raise(OrganisationEvents.Suspended(this, now));
    }

    public void Reactivate(DateTimeOffset now)
    {
        if (Status != OrganisationStatus.Suspended)
        {
            throw new DomainException("organisation-not-suspended", "Solo un'organizzazione sospesa può essere riattivata.");
        }

        ChangeStatus(OrganisationStatus.Active, null, now);
        Raise(OrganisationEvents.Reactivated(this, now));
    }

    public void Close(string? reason, DateTimeOffset now)
    {
        if (Status == OrganisationStatus.Closed)
        {
            throw new DomainException("organisation-closed", "L'organizzazione è già chiusa.");
        }

        ChangeStatus(OrganisationStatus.Closed, reason, now);
        Raise(OrganisationEvents.Closed(this, now));
    }

    private void ChangeStatus(OrganisationStatus status, string? reason, DateTimeOffset now)
    {
        Status = status;
        StatusReason = reason;
        UpdatedAt = now;
        Version++;
    }

    private void Apply(OrganisationDetails d, DateTimeOffset now)
    {
        Name = d.Name.Trim();
        Kind = d.Kind;
        TaxCode = d.TaxCode is null ? null : TaxCodes.TaxCode.Normalise(d.TaxCode);
        Address = d.Address;
        MunicipalityIstat = d.MunicipalityIstat;
        District = d.District;
        Email = d.Email;
        Phone = d.Phone;
        Website = d.Website;
        Areas = d.Areas.Distinct().ToList();
        TargetGroups = d.TargetGroups.Distinct().ToList();
        ParentId = d.ParentId;
        Notes = d.Notes;
        UpdatedAt = now;
    }
}
