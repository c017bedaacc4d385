using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Referrals;

internal sealed class ReferralFold : IStreamFold
{
    public string Stream => Streams.Referral;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.Referrals.Where(r => r.Id == id).ExecuteDeleteAsync(ct);
        db.Referrals.Add(ReferralFigure.Fold(db.CurrentTenantId!, id, events));
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Referrals.ExecuteDeleteAsync(ct);
}

internal sealed class AssignmentFold : IStreamFold
{
    public string Stream => Streams.GolAssignment;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.GolAssignments.Where(a => a.Id == id).ExecuteDeleteAsync(ct);
        db.GolAssignments.Add(AssignmentFigure.Fold(db.CurrentTenantId!, id, events));
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.GolAssignments.ExecuteDeleteAsync(ct);
}

internal sealed class ConsentFold : IStreamFold
{
    public string Stream => Streams.Consent;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.Consents.Where(c => c.Id == id).ExecuteDeleteAsync(ct);
        db.Consents.Add(ConsentFigure.Fold(db.CurrentTenantId!, id, events));
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Consents.ExecuteDeleteAsync(ct);
}

internal sealed class PersonFold : IStreamFold
{
    public string Stream => Streams.Person;

    public async Task ReplaceAsync(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events, CancellationToken ct)
    {
        await db.People.Where(p => p.Id == id).ExecuteDeleteAsync(ct);
        db.People.Add(PersonFigure.Fold(db.CurrentTenantId!, id, events));
    }

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.People.ExecuteDeleteAsync(ct);
}
