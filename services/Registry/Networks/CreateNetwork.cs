using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Networks;

public static class CreateNetwork
{
    public static RouteHandlerBuilder MapCreateNetwork(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<CreateNetworkRequest>().RequireAuthorization(RegistryPolicies.Manage);

    private static async Task<Results<Created<NetworkResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateNetworkRequest request, RegistryDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        if (!user.CoversMunicipality(request.MunicipalityIstat))
        {
            return Problems.Forbidden("Il tavolo è fuori dai comuni del proprio ambito.");
        }

        var now = clock.GetUtcNow();
        var network = NetworkTable.Create(db.CurrentTenantId!, request.Name!, request.Scope!.Value, request.District,
            request.MunicipalityIstat, request.Description, now);
        db.Networks.Add(network);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, network.Version);
        return TypedResults.Created($"/api/registry/networks/{network.Id}", NetworkResponse.From(network));
    }
}
