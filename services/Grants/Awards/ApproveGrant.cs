using Microsoft.AspNetCore.Http.HttpResults;
using static Rete.Grants.Awards.GrantChanges;

namespace Rete.Grants.Awards;

/// <summary>The resolution is adopted: the award is committed on its line (409 <c>insufficient-funds</c> when the line has no room) and the beneficiary must still be active.</summary>
public static class ApproveGrant
{
    public static RouteHandlerBuilder MapApproveGrant(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(GrantsPolicies.Manage);

    private static Task<Results<Ok<GrantResponse>, ProblemHttpResult>> ApproveAsync(Guid id, [AsParameters] Context c) =>
        ApplyAsync(id, c, beneficiaryMustBeActive: true, (grant, line, now) =>
        {
            grant.Approve(line, now);
            GrantsTelemetry.GrantsApproved.Add(1);
        });
}
