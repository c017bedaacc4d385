using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Http;
using static Rete.Grants.Awards.GrantChanges;

namespace Rete.Grants.Awards;

/// <summary>Revokes a grant that is not yet reported: what is not disbursed goes back to its line.</summary>
public static class RevokeGrant
{
    public static RouteHandlerBuilder MapRevokeGrant(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/revoke", RevokeAsync).Validate<RevokeGrantRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static Task<Results<Ok<GrantResponse>, ProblemHttpResult>> RevokeAsync(Guid id, RevokeGrantRequest? request, [AsParameters] Context c) =>
        ApplyAsync(id, c, beneficiaryMustBeActive: false, (grant, line, now) => grant.Revoke(request?.Reason, line, now));
}
