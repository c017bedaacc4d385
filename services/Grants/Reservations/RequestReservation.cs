using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Reservations;

/// <summary>
/// An operator reserves stipends by HTTP, with the same rules and events as a request over the bus: 201 when reserved,
/// 200 with the first decision when the reservation id was reserved before, 409 with the refusal's code otherwise.
/// </summary>
public static class RequestReservation
{
    public static RouteHandlerBuilder MapRequestReservation(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<ReserveStipendsRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static async Task<Results<Created<ReservationResponse>, Ok<ReservationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ReserveStipendsRequest body, GrantsDbContext db, StipendReservations reservations, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.BudgetLines.AnyAsync(l => l.Id == body.BudgetLineId, ct))
        {
            return Problems.Invalid("budgetLineId", "Voce di bilancio non trovata.");
        }

        var request = new ReservationRequest(body.ReservationId ?? Guid.CreateVersion7(clock.GetUtcNow()), body.PlacementId,
            body.BudgetLineId!.Value, body.Months!.Value, body.MonthlyAmount!.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (outcome, reservation, refusal) = await reservations.ReserveAsync(request, ct);
        await db.SaveChangesAsync(ct);
        // The commit wakes the outbox dispatcher (OutboxCommitInterceptor).
        await transaction.CommitAsync(ct);

        return outcome switch
        {
            ReservationOutcome.Reserved => TypedResults.Created($"/api/grants/reservations/{reservation!.Id}", ReservationResponse.From(reservation)),
            ReservationOutcome.AlreadyDecided => TypedResults.Ok(ReservationResponse.From(reservation!)),
            _ => Problems.Conflict(refusal!, Refusals.Describe(refusal!)),
        };
    }
}

internal static class Refusals
{
    public static string Describe(string code) => code switch
    {
        "insufficient-funds" => "La voce di bilancio non ha abbastanza disponibilità per queste borse lavoro.",
        "line-not-stipends" => "Le borse lavoro si prenotano solo su una voce di tipo borse lavoro.",
        "unknown-line" => "Voce di bilancio non trovata.",
        _ => "La prenotazione non è valida.",
    };
}
