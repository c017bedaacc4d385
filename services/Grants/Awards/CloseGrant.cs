using Microsoft.AspNetCore.Http.HttpResults;
using static Rete.Grants.Awards.GrantChanges;

namespace Rete.Grants.Awards;

/// <summary>Closes a reported grant.</summary>
public static class CloseGrant
{
    public static RouteHandlerBuilder MapCloseGrant(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(GrantsPolicies.Manage);

    private static Task<Results<Ok<GrantResponse>, ProblemHttpResult>> CloseAsync(Guid id, [AsParameters] Context c) =>
        ApplyAsync(id, c, beneficiaryMustBeActive: false, (grant, _, now) => grant.Close(now));
}
