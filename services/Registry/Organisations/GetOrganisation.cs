using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Organisations;

public static class GetOrganisation
{
    public static RouteHandlerBuilder MapGetOrganisation(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync).RequireAuthorization(RegistryPolicies.Read);

    private static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, RegistryDbContext db, HttpResponse response, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return Problems.NotFound("Organizzazione non trovata.");
        }

        ETags.Set(response, organisation.Version);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }
}
