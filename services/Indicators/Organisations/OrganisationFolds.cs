using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Organisations;

internal sealed class OrganisationFold : IStreamFold
{
    public string Stream => Streams.Organisation;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.Organisations.Add(OrganisationFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Organisations.ExecuteDeleteAsync(ct);
}

internal sealed class AccreditationFold : IStreamFold
{
    public string Stream => Streams.Accreditation;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Accreditations.Where(a => a.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events)
    {
        if (AccreditationFigure.Fold(db.CurrentTenantId!, id, events) is { } accreditation)
        {
            db.Accreditations.Add(accreditation);
        }
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Accreditations.ExecuteDeleteAsync(ct);
}
