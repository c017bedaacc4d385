using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Rete.Registry.Organisations;

/// <summary>
/// Publishes every organisation of the tenant again, as it is now (<c>OrganisationSnapshotPublished</c>), for a
/// service that subscribed after the organisations were registered. Changes nothing in the Registry.
/// </summary>
public static class RepublishOrganisations
{
    public sealed record RepublishResponse(int Organisations);

    private const int Batch = 500;

    public static RouteHandlerBuilder MapRepublishOrganisations(this RouteGroupBuilder group) =>
        group.MapPost("/republish", HandleAsync).RequireAuthorization(RegistryPolicies.Admin);

    private static async Task<Accepted<RepublishResponse>> HandleAsync(RegistryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var count = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Organisations.AsNoTracking();
            if (after is { } last)
            {
                query = query.Where(o => o.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(o => o.Id).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var now = clock.GetUtcNow();
            // An explicit Publish, not an aggregate method: nothing about the organisation changes, and the rows are
            // read untracked (500 at a time), so an event raised on them would never be collected by SaveChanges.
            batch.ForEach(o => db.Publish(OrganisationEvents.Snapshot(o, now)));
            await db.SaveChangesAsync(ct);
            count += batch.Count;
            after = batch[^1].Id;
        }

        return TypedResults.Accepted((string?)null, new RepublishResponse(count));
    }
}
