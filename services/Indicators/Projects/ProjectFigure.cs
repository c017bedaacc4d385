using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Contracts.Placements;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.Projects;

/// <summary>A project (a measure delivered to a person under a programme), opened and perhaps concluded.</summary>
public sealed class ProjectFigure : ITenantOwned
{
    private ProjectFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string? Programme { get; private set; }

    public string? Measure { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public DateOnly? OpenedOn { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public static ProjectFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var p = new ProjectFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            switch (e)
            {
                case ProjectOpened m:
                    (p.Programme, p.Measure, p.OrganisationId, p.OpenedOn) = (m.Programme, m.Measure, m.OrganisationId, m.OpenedOn);
                    break;
                case ProjectConcluded m:
                    (p.Programme, p.Measure, p.ConcludedOn) = (m.Programme, m.Measure, m.ConcludedOn);
                    break;
            }
        }

        return p;
    }
}

internal sealed class ProjectFold : IStreamFold
{
    public string Stream => Streams.Project;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Projects.Where(p => p.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.Projects.Add(ProjectFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Projects.ExecuteDeleteAsync(ct);
}

internal sealed class ProjectOpenedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ProjectOpened>(db, t, p);

internal sealed class ProjectConcludedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p) : RecordingConsumer<ProjectConcluded>(db, t, p);
