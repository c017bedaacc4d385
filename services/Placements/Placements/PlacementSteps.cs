using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Placements.Placements;

/// <summary>
/// The steps of a placement after its proposal: asking for funding again, start, completion, interruption,
/// cancellation, outcome. Each honours <c>If-Match</c> and answers the placement as it is after the step.
/// </summary>
public static class PlacementSteps
{
    public static RouteGroupBuilder MapPlacementSteps(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/funding", (Guid id, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest rq, HttpResponse rs, CancellationToken ct) =>
                StepAsync(id, db, user, rq, rs, p => p.RetryFunding(clock.GetUtcNow()), ct))
            .RequireAuthorization(PlacementsPolicies.Manage).WithName("RetryFunding")
            .WithSummary("Chiede di nuovo il finanziamento dopo un rifiuto (la stessa prenotazione: mai due volte)");
        group.MapPost("/{id:guid}/start", (Guid id, StartPlacementRequest? body, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest rq, HttpResponse rs, CancellationToken ct) =>
                StepAsync(id, db, user, rq, rs, p => p.Start(body?.StartedOn ?? Today(clock), clock.GetUtcNow()), ct))
            .Validate<StartPlacementRequest>().RequireAuthorization(PlacementsPolicies.Manage).WithName("StartPlacement")
            .WithSummary("Avvia un tirocinio finanziato");
        group.MapPost("/{id:guid}/complete", (Guid id, EndPlacementRequest? body, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest rq, HttpResponse rs, CancellationToken ct) =>
                StepAsync(id, db, user, rq, rs, p => p.Complete(body?.EndedOn ?? Today(clock), clock.GetUtcNow()), ct))
            .Validate<EndPlacementRequest>().RequireAuthorization(PlacementsPolicies.Manage).WithName("CompletePlacement")
            .WithSummary("Conclude un tirocinio: si paga quanto dovuto per le presenze, il resto torna alla voce di bilancio");
        group.MapPost("/{id:guid}/interrupt", (Guid id, EndPlacementRequest? body, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest rq, HttpResponse rs, CancellationToken ct) =>
                StepAsync(id, db, user, rq, rs, p => p.Interrupt(body?.EndedOn ?? Today(clock), body?.Reason, clock.GetUtcNow()), ct))
            .Validate<EndPlacementRequest>().RequireAuthorization(PlacementsPolicies.Manage).WithName("InterruptPlacement")
            .WithSummary("Interrompe un tirocinio in anticipo: la parte non usata della borsa torna alla voce di bilancio");
        group.MapPost("/{id:guid}/cancel", (Guid id, CancelPlacementRequest? body, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest rq, HttpResponse rs, CancellationToken ct) =>
                StepAsync(id, db, user, rq, rs, p => p.Cancel(body?.Reason, clock.GetUtcNow()), ct))
            .Validate<CancelPlacementRequest>().RequireAuthorization(PlacementsPolicies.Manage).WithName("CancelPlacement")
            .WithSummary("Annulla un tirocinio non ancora iniziato; la borsa prenotata torna alla voce di bilancio");
        group.MapPost("/{id:guid}/outcome", (Guid id, OutcomeRequest body, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest rq, HttpResponse rs, CancellationToken ct) =>
                StepAsync(id, db, user, rq, rs, p =>
                {
                    _ = EnumText.TryParse<PlacementOutcome>(body.Outcome, out var outcome);
                    p.RecordOutcome(outcome, body.ContractType?.Trim(), body.RecordedOn ?? Today(clock), clock.GetUtcNow());
                }, ct))
            .Validate<OutcomeRequest>().RequireAuthorization(PlacementsPolicies.Manage).WithName("RecordOutcome")
            .WithSummary("Registra l'esito: assunzione (con tipo di contratto), proroga, nessuna assunzione, abbandono");
        return group;
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static async Task<Results<Ok<PlacementResponse>, ProblemHttpResult>> StepAsync(
        Guid id, PlacementsDbContext db, ClaimsPrincipal user, HttpRequest request, HttpResponse response,
        Action<Placement> step, CancellationToken ct)
    {
        var placement = await db.FindForChangeAsync(id, user, ct);
        if (placement is null)
        {
            return Problems.NotFound("Tirocinio non trovato.");
        }

        if (ETags.Precondition(request, placement.Version) is { } precondition)
        {
            return precondition;
        }

        step(placement);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, placement.Version);
        return TypedResults.Ok(PlacementResponse.From(placement));
    }
}
