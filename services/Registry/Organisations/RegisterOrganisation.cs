using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Registry.Organisations;

public static class RegisterOrganisation
{
    public static RouteHandlerBuilder MapRegisterOrganisation(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<OrganisationRequest>().RequireAuthorization(RegistryPolicies.Manage);

    private static async Task<Results<Created<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        OrganisationRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        if (!OrganisationAccess.CanRegister(user, request.MunicipalityIstat))
        {
            return Problems.Forbidden("Non si possono registrare organizzazioni fuori dai comuni per cui si opera.");
        }

        if (!await db.ParentExistsAsync(request.ParentId, ct))
        {
            return Problems.Invalid("parentId", "Organizzazione madre non trovata.");
        }

        var now = clock.GetUtcNow();
        var organisation = Organisation.Register(db.CurrentTenantId!, request.ToDetails(), now);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        RegistryTelemetry.OrganisationsRegistered.Add(1, new KeyValuePair<string, object?>("kind", EnumText.Name(organisation.Kind)));

        ETags.Set(response, organisation.Version);
        return TypedResults.Created($"/api/registry/organisations/{organisation.Id}", OrganisationResponse.From(organisation));
    }
}
