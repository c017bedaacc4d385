using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Registry.Organisations;
using System.Security.Claims;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Accreditations;

public static class AddAccreditation
{
    public static RouteHandlerBuilder MapAddAccreditation(this RouteGroupBuilder group) =>
        group.MapPost("/organisations/{organisationId:guid}/accreditations", HandleAsync)
            .Validate<AddAccreditationRequest>().RequireAuthorization(RegistryPolicies.Manage);

    private static async Task<Results<Created<AccreditationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid organisationId, AddAccreditationRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return Problems.NotFound("Organizzazione non trovata.");
        }

        if (!user.CoversMunicipality(organisation.MunicipalityIstat))
        {
            return Problems.Forbidden("L'organizzazione è fuori dai comuni del proprio ambito.");
        }

        if (organisation.Status == OrganisationStatus.Closed)
        {
            return Problems.Conflict("organisation-closed", "Un'organizzazione chiusa non può ricevere accreditamenti.");
        }

        var now = clock.GetUtcNow();
        var accreditation = Accreditation.Grant(db.CurrentTenantId!, organisationId, request.Region!, request.RegisterNumber,
            request.Kind!.Value, request.Stage!.Value, request.ValidFrom!.Value, request.ValidTo, request.Sites ?? [], now);
        db.Accreditations.Add(accreditation);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, accreditation.Version);
        return TypedResults.Created($"/api/registry/accreditations/{accreditation.Id}",
            AccreditationResponse.From(accreditation, DateOnly.FromDateTime(now.UtcDateTime)));
    }
}
