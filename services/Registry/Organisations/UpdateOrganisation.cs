using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Organisations;

/// <summary>Replaces an organisation's details. Honours If-Match; a partner may edit its own organisation but not its kind or parent.</summary>
public static class UpdateOrganisation
{
    public static RouteHandlerBuilder MapUpdateOrganisation(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", HandleAsync).Validate<OrganisationRequest>().RequireAuthorization(RegistryPolicies.Edit);

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, OrganisationRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider clock,
        HttpRequest httpRequest, HttpResponse response, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return Problems.NotFound("Organizzazione non trovata.");
        }

        if (!OrganisationAccess.CanEdit(user, organisation.Id, organisation.MunicipalityIstat))
        {
            return Problems.Forbidden("Non si può modificare questa organizzazione.");
        }

        // Moving an organisation out of the token's municipalities is as much out of scope as editing it there.
        if (!user.CoversMove(organisation.MunicipalityIstat, request.MunicipalityIstat))
        {
            return Problems.Forbidden("Non si può spostare l'organizzazione in un comune fuori dal proprio ambito.");
        }

        if (user.IsPartnerOnly() && (request.Kind != organisation.Kind || request.ParentId != organisation.ParentId))
        {
            return Problems.Forbidden("Un partner non può cambiare il tipo o l'organizzazione madre.");
        }

        if (ETags.Precondition(httpRequest, organisation.Version) is { } precondition)
        {
            return precondition;
        }

        if (!await db.ParentExistsAsync(request.ParentId, ct))
        {
            return Problems.Invalid("parentId", "Organizzazione madre non trovata.");
        }

        var now = clock.GetUtcNow();
        organisation.Update(request.ToDetails(), now);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, organisation.Version);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }
}
