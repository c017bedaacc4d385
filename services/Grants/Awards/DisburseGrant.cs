using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Http;
using static Rete.Grants.Awards.GrantChanges;

namespace Rete.Grants.Awards;

/// <summary>A payment to the beneficiary, never beyond the award still to pay; the last one makes the grant disbursed.</summary>
public static class DisburseGrant
{
    public static RouteHandlerBuilder MapDisburseGrant(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/disbursements", DisburseAsync).Validate<DisburseGrantRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static Task<Results<Ok<GrantResponse>, ProblemHttpResult>> DisburseAsync(Guid id, DisburseGrantRequest request, [AsParameters] Context c) =>
        ApplyAsync(id, c, beneficiaryMustBeActive: false, (grant, line, now) =>
        {
            var date = request.Date ?? DateOnly.FromDateTime(now.UtcDateTime);
            var disbursement = grant.Disburse(request.Amount!.Value, date, request.Reference, line, now);
            GrantsTelemetry.Disbursed.Add((double)disbursement.Amount);
        });
}
