using Rete.Contracts.Placements;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Json;

namespace Rete.Placements.Projects;

/// <summary>The programme a measure is delivered under.</summary>
public enum Programme
{
    Gol,
    ServiceVoucher,
    Municipal,
    Other,
}

/// <summary>The measure: GOL services, orientation, active job search, placement, training.</summary>
public enum Measure
{
    GolServices,
    Orientation,
    JobSearch,
    Placement,
    Training,
}

/// <summary>
/// A project (Trecate's word): a measure delivered to a person under a programme, opened and then concluded.
/// "534 projects, 207 concluded, 327 ongoing" counts these by status over a period.
/// </summary>
public sealed class Project : Aggregate, ITenantOwned, IHasId
{
    private Project()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public Programme Programme { get; private set; }

    public Measure Measure { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public static Project Open(string tenantId, Guid personId, Programme programme, Measure measure, Guid? organisationId, DateOnly openedOn,
        DateTimeOffset now)
    {
        var project = new Project
        {
            Id = Guid.CreateVersion7(now), TenantId = tenantId, PersonId = personId, Programme = programme, Measure = measure,
            OrganisationId = organisationId, OpenedOn = openedOn, CreatedAt = now, Version = 1,
        };
        project.Raise(new ProjectOpened(Guid.CreateVersion7(now), tenantId, now, project.Id, project.Version, personId,
            EnumText.Name(programme), EnumText.Name(measure), organisationId, openedOn));
        return project;
    }

    public void Conclude(DateOnly on, DateTimeOffset now)
    {
        if (ConcludedOn is not null)
        {
            throw new DomainException("project-concluded", "Il progetto è già concluso.");
        }

        if (on < OpenedOn)
        {
            throw new DomainException("conclusion-before-opening", "La conclusione non può precedere l'apertura del progetto.");
        }

        ConcludedOn = on;
        Version++;
        Raise(new ProjectConcluded(Guid.CreateVersion7(now), TenantId, now, Id, Version, PersonId, EnumText.Name(Programme),
            EnumText.Name(Measure), on));
    }
}
