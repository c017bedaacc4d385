using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Networks;

/// <summary>Organisations join and leave a table; each change raises an event and bumps the table's version.</summary>
public static class NetworkMembership
{
    public static RouteGroupBuilder MapNetworkMembership(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/members", AddAsync).Validate<AddMemberRequest>().RequireAuthorization(RegistryPolicies.Manage);
        group.MapDelete("/{id:guid}/members/{organisationId:guid}", RemoveAsync).RequireAuthorization(RegistryPolicies.Manage);
        return group;
    }

    private static async Task<Results<Created<NetworkResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, AddMemberRequest request, RegistryDbContext db, TimeProvider clock, HttpRequest http, HttpResponse response, CancellationToken ct)
    {
        var network = await db.Networks.Include(n => n.Members).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (network is null)
        {
            return Problems.NotFound("Tavolo non trovato.");
        }

        if (ETags.Precondition(http, network.Version) is { } precondition)
        {
            return precondition;
        }

        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganisationId, ct);
        if (organisation is null)
        {
            return Problems.Invalid("organisationId", "Organizzazione non trovata.");
        }

        if (organisation.Status == OrganisationStatus.Closed)
        {
            return Problems.Conflict("organisation-closed", "Un'organizzazione chiusa non può entrare in un tavolo.");
        }

        var now = clock.GetUtcNow();
        network.AddMember(organisation.Id, request.Membership!.Value, request.Role, now);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, network.Version);
        return TypedResults.Created($"/api/registry/networks/{network.Id}", NetworkResponse.From(network));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid organisationId, RegistryDbContext db, TimeProvider clock, HttpRequest http, CancellationToken ct)
    {
        var network = await db.Networks.Include(n => n.Members).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (network is null)
        {
            return Problems.NotFound("Tavolo non trovato.");
        }

        if (ETags.Precondition(http, network.Version) is { } precondition)
        {
            return precondition;
        }

        var now = clock.GetUtcNow();
        network.RemoveMember(organisationId, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
