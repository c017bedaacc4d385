using Microsoft.AspNetCore.Http.HttpResults;
using Rete.Placements.Consents;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Placements.Placements;

/// <summary>
/// Proposes a placement and, in the same transaction, asks Grants to reserve its stipends (through the outbox: when
/// Grants is away the request waits on the broker and the placement is funded when it returns).
/// </summary>
public static class ProposePlacement
{
    public static RouteHandlerBuilder MapProposePlacement(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<ProposePlacementRequest>().RequireAuthorization(PlacementsPolicies.Manage)
            .WithName("ProposePlacement")
            .WithSummary("Propone un tirocinio e chiede ai Contributi di riservare la borsa (mesi × borsa mensile) sulla voce indicata");

    private static async Task<Results<Created<PlacementResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ProposePlacementRequest request, PlacementsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var promoting = await db.FindKnownOrganisationAsync(request.PromotingOrganisationId!.Value, ct);
        if (promoting is not { IsKnown: true })
        {
            return Problems.Invalid("promotingOrganisationId", "Organizzazione promotrice sconosciuta nel Registro.");
        }

        var host = await db.FindKnownOrganisationAsync(request.HostOrganisationId!.Value, ct);
        if (host is not { IsKnown: true })
        {
            return Problems.Invalid("hostOrganisationId", "Organizzazione ospitante sconosciuta nel Registro.");
        }

        if (!promoting.IsActive)
        {
            return Problems.Conflict("promoting-not-active", $"L'organizzazione promotrice «{promoting.Name}» non è attiva nel Registro.");
        }

        if (!host.IsActive)
        {
            return Problems.Conflict("host-not-active", $"L'organizzazione ospitante «{host.Name}» non è attiva nel Registro.");
        }

        var terms = request.ToTerms();
        if (!await db.AllowsPlacementAsync(terms.PersonId, terms.HostOrganisationId, terms.PlannedStart, ct))
        {
            return Problems.Conflict("no-placement-consent",
                $"La persona non ha dato il consenso al tirocinio presso «{host.Name}» valido alla data d'inizio prevista.");
        }

        var placement = Placement.Propose(db.CurrentTenantId!, terms, clock.GetUtcNow());
        db.Placements.Add(placement);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, placement.Version);
        return TypedResults.Created($"/api/placements/placements/{placement.Id}", PlacementResponse.From(placement));
    }
}
