using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Accreditations;

/// <summary>One accreditation with its ETag: the version a renewal or an expiry must name in If-Match.</summary>
public static class GetAccreditation
{
    public static RouteHandlerBuilder MapGetAccreditation(this RouteGroupBuilder group) =>
        group.MapGet("/accreditations/{id:guid}", HandleAsync).RequireAuthorization(RegistryPolicies.Read);

    private static async Task<Results<Ok<AccreditationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, RegistryDbContext db, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var accreditation = await db.Accreditations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (accreditation is null)
        {
            return Problems.NotFound("Accreditamento non trovato.");
        }

        ETags.Set(response, accreditation.Version);
        return TypedResults.Ok(AccreditationResponse.From(accreditation, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }
}
