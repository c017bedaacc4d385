using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.Contracts.Registry;
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
        db.Publish(new NetworkTableCreated(Guid.CreateVersion7(now), network.TenantId, now, network.Id, network.Version,
            network.Name, EnumText.Name(network.Scope), network.District, network.MunicipalityIstat));
        await db.SaveChangesAsync(ct);

        ETags.Set(response, network.Version);
        return TypedResults.Created($"/api/registry/networks/{network.Id}", NetworkResponse.From(network));
    }
}
