using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Reservations;

/// <summary>Stipend reservations, per line and status. Partners do not see them: they are the network's, not an organisation's.</summary>
public static class ReadReservations
{
    public static RouteGroupBuilder MapReadReservations(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(GrantsPolicies.ReadNetwork);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(GrantsPolicies.ReadNetwork);
        return group;
    }

    private static async Task<Results<Ok<Page<ReservationResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        GrantsDbContext db, CancellationToken ct, Guid? budgetLineId = null, string? status = null,
        int? limit = null, string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Reservations.AsQueryable();
        if (budgetLineId is not null)
        {
            query = query.Where(r => r.BudgetLineId == budgetLineId);
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (EnumText.TryParse<ReservationStatus>(status, out var s))
            {
                query = query.Where(r => r.Status == s);
            }
            else
            {
                errors["status"] = [$"Valore non ammesso. Valori possibili: {EnumText.Names<ReservationStatus>()}."];
            }
        }

        var page = PageRequest.Parse(limit, cursor, errors);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        return TypedResults.Ok(await query.ToPageAsync(page, ReservationResponse.From, ct));
    }

    private static async Task<Results<Ok<ReservationResponse>, ProblemHttpResult>> GetAsync(
        Guid id, GrantsDbContext db, HttpResponse response, CancellationToken ct)
    {
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reservation is null)
        {
            return Problems.NotFound("Prenotazione non trovata.");
        }

        ETags.Set(response, reservation.Version);
        return TypedResults.Ok(ReservationResponse.From(reservation));
    }
}
