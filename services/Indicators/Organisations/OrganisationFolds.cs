using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Organisations;

internal sealed class OrganisationFold : IStreamFold
{
    public string Stream => Streams.Organisation;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.Organisations.Where(o => o.Id == id).ExecuteDeleteAsync(ct);
        db.Organisations.Add(OrganisationFigure.Fold(db.CurrentTenantId!, id, events));
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Organisations.ExecuteDeleteAsync(ct);
}

internal sealed class AccreditationFold : IStreamFold
{
    public string Stream => Streams.Accreditation;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.Accreditations.Where(a => a.Id == id).ExecuteDeleteAsync(ct);
        if (AccreditationFigure.Fold(db.CurrentTenantId!, id, events) is { } accreditation)
        {
            db.Accreditations.Add(accreditation);
        }
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Accreditations.ExecuteDeleteAsync(ct);
}
