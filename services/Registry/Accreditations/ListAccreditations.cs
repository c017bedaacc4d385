using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Accreditations;

public static class ListAccreditations
{
    public static RouteHandlerBuilder MapListAccreditations(this RouteGroupBuilder group) =>
        group.MapGet("/organisations/{organisationId:guid}/accreditations", HandleAsync).RequireAuthorization(RegistryPolicies.Read);

    private static async Task<Results<Ok<List<AccreditationResponse>>, ProblemHttpResult>> HandleAsync(
        Guid organisationId, RegistryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Problems.NotFound("Organizzazione non trovata.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var accreditations = await db.Accreditations.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId).OrderBy(a => a.ValidFrom).ToListAsync(ct);
        return TypedResults.Ok(accreditations.Select(a => AccreditationResponse.From(a, today)).ToList());
    }
}
