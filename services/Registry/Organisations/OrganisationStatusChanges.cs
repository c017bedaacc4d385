using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Organisations;

/// <summary>Suspend, reactivate and close: each a state change that raises its own event. Honour If-Match.</summary>
public static class OrganisationStatusChanges
{
    public sealed record StatusChangeRequest(string? Reason);

    public static RouteGroupBuilder MapOrganisationStatusChanges(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/suspend", (Guid id, StatusChangeRequest? body, [AsParameters] Context c) =>
                ChangeAsync(id, c, (o, now) => o.Suspend(Reason(body), now)))
            .RequireAuthorization(RegistryPolicies.Manage);
        group.MapPost("/{id:guid}/reactivate", (Guid id, [AsParameters] Context c) =>
                ChangeAsync(id, c, (o, now) => o.Reactivate(now)))
            .RequireAuthorization(RegistryPolicies.Manage);
        group.MapPost("/{id:guid}/close", (Guid id, StatusChangeRequest? body, [AsParameters] Context c) =>
                ChangeAsync(id, c, (o, now) => o.Close(Reason(body), now)))
            .RequireAuthorization(RegistryPolicies.Manage);
        return group;
    }

    /// <summary>The services every status change needs, bound from DI and the request.</summary>
    public sealed record Context(RegistryDbContext Db, ClaimsPrincipal User, TimeProvider Clock, HttpRequest Request, HttpResponse Response, CancellationToken Cancellation);

    private static string? Reason(StatusChangeRequest? body) => body?.Reason is { Length: > 0 } r ? r[..Math.Min(r.Length, 500)] : null;

    private static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> ChangeAsync(
        Guid id, Context c, Action<Organisation, DateTimeOffset> change)
    {
        var organisation = await c.Db.Organisations.FirstOrDefaultAsync(o => o.Id == id, c.Cancellation);
        if (organisation is null)
        {
            return Problems.NotFound("Organizzazione non trovata.");
        }

        if (!c.User.CoversMunicipality(organisation.MunicipalityIstat))
        {
            return Problems.Forbidden("L'organizzazione è fuori dai comuni del proprio ambito.");
        }

        if (ETags.Precondition(c.Request, organisation.Version) is { } precondition)
        {
            return precondition;
        }

        var now = c.Clock.GetUtcNow();
        change(organisation, now);
        await c.Db.SaveChangesAsync(c.Cancellation);

        ETags.Set(c.Response, organisation.Version);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }
}
