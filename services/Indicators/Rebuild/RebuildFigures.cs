using Microsoft.EntityFrameworkCore;
using Rete.Indicators.Events;

namespace Rete.Indicators.Rebuild;

/// <summary>
/// <c>POST /api/indicators/rebuild</c> (consortium-admin): wipes the tenant's figures and folds every event this service
/// has stored for it again, in one transaction; readers see the old figures until it commits. Events published before
/// this service subscribed are not stored here: for organisations, ask the Registry to republish them
/// (<c>POST /api/registry/organisations/republish</c>) and they arrive as OrganisationSnapshotPublished.
/// </summary>
public static class RebuildFigures
{
    public static RouteHandlerBuilder MapRebuild(this RouteGroupBuilder group) =>
        group.MapPost("/rebuild", HandleAsync)
            .RequireAuthorization(IndicatorsPolicies.Admin)
            .WithName("RebuildIndicators")
            .WithSummary("Ricostruisce da zero gli indicatori del consorzio dagli eventi ricevuti");

    private static async Task<IResult> HandleAsync(IndicatorsDbContext db, Projector projector, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await projector.RebuildAsync(db, ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(result);
    }
}
