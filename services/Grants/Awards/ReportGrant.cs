using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Http;
using static Rete.Grants.Awards.GrantChanges;

namespace Rete.Grants.Awards;

/// <summary>The beneficiary's report of actual spend (rendicontazione), once the whole award is paid.</summary>
public static class ReportGrant
{
    public static RouteHandlerBuilder MapReportGrant(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/report", ReportAsync).Validate<ReportGrantRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static Task<Results<Ok<GrantResponse>, ProblemHttpResult>> ReportAsync(Guid id, ReportGrantRequest request, [AsParameters] Context c) =>
        ApplyAsync(id, c, beneficiaryMustBeActive: false, (grant, _, now) =>
            grant.Report(request.ActualSpend!.Value, request.ReportedOn ?? DateOnly.FromDateTime(now.UtcDateTime), request.Note, now));
}
