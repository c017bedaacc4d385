using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Grants.Organisations;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Awards;

/// <summary>
/// Records a grant as a draft. The beneficiary must be an organisation Grants knows from the Registry's events (else 400)
/// and active (else 409 <c>beneficiary-not-active</c>); the funding line must be one of the tenant's grants or other lines.
/// </summary>
public static class RecordGrant
{
    public static RouteHandlerBuilder MapRecordGrant(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<RecordGrantRequest>().RequireAuthorization(GrantsPolicies.Manage);

    private static async Task<Results<Created<GrantResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RecordGrantRequest request, GrantsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var beneficiary = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.BeneficiaryId, ct);
        if (beneficiary is not { IsKnown: true })
        {
            return Problems.Invalid("beneficiaryId", "Organizzazione beneficiaria non trovata nel registro.");
        }

        if (!beneficiary.IsActive)
        {
            return BeneficiaryProblems.NotActive(beneficiary);
        }

        var line = await db.BudgetLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.BudgetLineId, ct);
        if (line is null)
        {
            return Problems.Invalid("budgetLineId", "Voce di bilancio non trovata.");
        }

        var now = clock.GetUtcNow();
        var grant = Grant.Record(db.CurrentTenantId!, request.ToDetails(), line, now);
        db.Grants.Add(grant);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, grant.Version);
        return TypedResults.Created($"/api/grants/grants/{grant.Id}", GrantResponse.From(grant));
    }
}
