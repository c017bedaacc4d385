using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Http;
using static Rete.Grants.Awards.GrantChanges;

namespace Rete.Grants.Awards;

/// <summary>An amendment with its own resolution: a top-up (integrazione) within the line's availability and the project's cost, or a reduction never below what is disbursed.</summary>
public static class AmendGrant
{
    public static RouteHandlerBuilder MapAmendGrant(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/amendments", AmendAsync).Validate<AmendGrantRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static Task<Results<Ok<GrantResponse>, ProblemHttpResult>> AmendAsync(Guid id, AmendGrantRequest request, [AsParameters] Context c) =>
        ApplyAsync(id, c, beneficiaryMustBeActive: request.Kind == AmendmentKind.TopUp, (grant, line, now) =>
        {
            var resolution = request.Resolution?.ToResolution() ?? Resolution.None;
            grant.Amend(request.Kind!.Value, request.Amount!.Value, resolution, request.Reason, line, now);
        });
}
