using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Reservations;

/// <summary>
/// Gives back what a reservation will not use; <c>usedAmount</c> (the stipends already paid) stays committed.
/// 409 <c>reservation-not-active</c> when it is not reserved, <c>used-exceeds-reservation</c> when more was used than reserved.
/// </summary>
public static class ReleaseReservation
{
    public static RouteHandlerBuilder MapReleaseReservation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/release", HandleAsync).Validate<ReleaseReservationRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static async Task<Results<Ok<ReservationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ReleaseReservationRequest? body, GrantsDbContext db, StipendReservations reservations,
        HttpRequest http, HttpResponse response, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (current is null)
        {
            return Problems.NotFound("Prenotazione non trovata.");
        }

        if (ETags.Precondition(http, current.Version) is { } precondition)
        {
            return precondition;
        }

        if (body?.UsedAmount > current.Amount)
        {
            return Problems.Conflict("used-exceeds-reservation", "L'importo già usato supera quanto prenotato.");
        }

        var (reservation, released) = await reservations.ReleaseAsync(id, body?.UsedAmount, body?.Reason, ct);
        if (!released)
        {
            return Problems.Conflict("reservation-not-active", "La prenotazione non è attiva: è già stata liberata o era stata rifiutata.");
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        ETags.Set(response, reservation!.Version);
        return TypedResults.Ok(ReservationResponse.From(reservation));
    }
}
