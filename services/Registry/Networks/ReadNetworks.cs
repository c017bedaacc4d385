using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Networks;

public static class ReadNetworks
{
    public static RouteGroupBuilder MapReadNetworks(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(RegistryPolicies.Read);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(RegistryPolicies.Read);
        return group;
    }

    private static async Task<Results<Ok<Page<NetworkResponse>>, ValidationProblem>> ListAsync(
        RegistryDbContext db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await db.Networks.Include(n => n.Members).ToPageAsync(page, NetworkResponse.From, ct));
    }

    private static async Task<Results<Ok<NetworkResponse>, ProblemHttpResult>> GetAsync(
        Guid id, RegistryDbContext db, HttpResponse response, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().Include(n => n.Members).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (network is null)
        {
            return Problems.NotFound("Tavolo non trovato.");
        }

        ETags.Set(response, network.Version);
        return TypedResults.Ok(NetworkResponse.From(network));
    }
}
