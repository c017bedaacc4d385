using Microsoft.EntityFrameworkCore;
using Rete.Contracts;
using Rete.Indicators.Events;

namespace Rete.Indicators.Referrals;

internal sealed class ReferralFold : IStreamFold
{
    public string Stream => Streams.Referral;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Referrals.Where(r => r.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.Referrals.Add(ReferralFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Referrals.ExecuteDeleteAsync(ct);
}

internal sealed class AssignmentFold : IStreamFold
{
    public string Stream => Streams.GolAssignment;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.GolAssignments.Where(a => a.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.GolAssignments.Add(AssignmentFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.GolAssignments.ExecuteDeleteAsync(ct);
}

internal sealed class ConsentFold : IStreamFold
{
    public string Stream => Streams.Consent;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.Consents.Where(c => c.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.Consents.Add(ConsentFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.Consents.ExecuteDeleteAsync(ct);
}

internal sealed class PersonFold : IStreamFold
{
    public string Stream => Streams.Person;

    public Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct) =>
        db.People.Where(p => p.Id == id).ExecuteDeleteAsync(ct);

    public void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events) =>
        db.People.Add(PersonFigure.Fold(db.CurrentTenantId!, id, events));

    public Task ClearAsync(IndicatorsDbContext db, CancellationToken ct) => db.People.ExecuteDeleteAsync(ct);
}
