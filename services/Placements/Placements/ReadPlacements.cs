using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Placements.Placements;

/// <summary>Lists and reads placements; a partner sees only those it hosts.</summary>
public static class ReadPlacements
{
    public static RouteGroupBuilder MapReadPlacements(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(PlacementsPolicies.Read)
            .WithName("ListPlacements").WithSummary("Elenco dei tirocini (filtri: stato, tipo, ospitante, voce di bilancio, persona)");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(PlacementsPolicies.Read)
            .WithName("GetPlacement").WithSummary("Un tirocinio con presenze e controlli successivi");
        return group;
    }

    private static async Task<Results<Ok<Page<PlacementResponse>>, ValidationProblem>> ListAsync(
        PlacementsDbContext db, ClaimsPrincipal user, CancellationToken ct, string? status = null, string? kind = null,
        Guid? hostOrganisationId = null, Guid? budgetLineId = null, Guid? personId = null, int? limit = null, string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Placements.Include(p => p.Attendance).Include(p => p.FollowUps).AsSplitQuery().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (EnumText.TryParse<PlacementStatus>(status, out var s))
            {
                query = query.Where(p => p.Status == s);
            }
            else
            {
                errors["status"] = [$"Valore non ammesso. Valori possibili: {EnumText.Names<PlacementStatus>()}."];
            }
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (EnumText.TryParse<PlacementKind>(kind, out var k))
            {
                query = query.Where(p => p.Kind == k);
            }
            else
            {
                errors["kind"] = [$"Valore non ammesso. Valori possibili: {EnumText.Names<PlacementKind>()}."];
            }
        }

        if (hostOrganisationId is not null)
        {
            query = query.Where(p => p.HostOrganisationId == hostOrganisationId);
        }

        if (budgetLineId is not null)
        {
            query = query.Where(p => p.BudgetLineId == budgetLineId);
        }

        if (personId is not null)
        {
            query = query.Where(p => p.PersonId == personId);
        }

        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var hostView = PlacementAccess.SeesOnlyHosted(user);
        return TypedResults.Ok(await query.ToPageAsync(page, p => PlacementResponse.From(p, hostView), ct));
    }

    private static async Task<Results<Ok<PlacementResponse>, ProblemHttpResult>> GetAsync(
        Guid id, PlacementsDbContext db, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var placement = await db.Placements.AsNoTracking().Include(p => p.Attendance).Include(p => p.FollowUps).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null || !PlacementAccess.MaySee(user, placement))
        {
            return Problems.NotFound("Tirocinio non trovato.");
        }

        ETags.Set(response, placement.Version);
        return TypedResults.Ok(PlacementResponse.From(placement, PlacementAccess.SeesOnlyHosted(user)));
    }
}
