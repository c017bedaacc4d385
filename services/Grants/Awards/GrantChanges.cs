using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Grants.Budgets;
using Rete.Grants.Organisations;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Awards;

/// <summary>
/// How every step after recording runs: in one transaction, the grant's budget line locked first (so racing steps on
/// the same line queue), the grant read after the lock, If-Match checked against its version, the step applied,
/// the event the grant raised written to the outbox, all committed together (the commit wakes the outbox dispatcher).
/// </summary>
internal static class GrantChanges
{
    /// <summary>What every step needs, bound from DI and the request.</summary>
    public sealed record Context(
        GrantsDbContext Db, TimeProvider Clock, HttpRequest Request, HttpResponse Response, CancellationToken Cancellation);

    public static async Task<Results<Ok<GrantResponse>, ProblemHttpResult>> ApplyAsync(
        Guid id, Context c, bool beneficiaryMustBeActive, Action<Grant, BudgetLine, DateTimeOffset> step)
    {
        var (db, ct) = (c.Db, c.Cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var lineId = await db.Grants.Where(g => g.Id == id).Select(g => (Guid?)g.BudgetLineId).FirstOrDefaultAsync(ct);
        if (lineId is null)
        {
            return Problems.NotFound("Contributo non trovato.");
        }

        var line = await db.LockLineAsync(lineId.Value, ct)
            ?? throw new InvalidOperationException($"Budget line {lineId} of grant {id} is missing.");
        var grant = await db.Grants.Include(g => g.Amendments).Include(g => g.Disbursements).AsSplitQuery().FirstAsync(g => g.Id == id, ct);
        if (ETags.Precondition(c.Request, grant.Version) is { } precondition)
        {
            return precondition;
        }

        if (beneficiaryMustBeActive)
        {
            var beneficiary = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == grant.BeneficiaryId, ct);
            if (beneficiary is not { IsActive: true })
            {
                return BeneficiaryProblems.NotActive(beneficiary);
            }
        }

        var now = c.Clock.GetUtcNow();
        step(grant, line, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        ETags.Set(c.Response, grant.Version);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}

internal static class BeneficiaryProblems
{
    public static ProblemHttpResult NotActive(Organisation? organisation) =>
        Problems.Conflict("beneficiary-not-active", organisation?.Status switch
        {
            Organisation.Suspended => $"L'organizzazione «{organisation.Name}» è sospesa: non riceve nuovi contributi.",
            Organisation.Closed => $"L'organizzazione «{organisation.Name}» è chiusa: non riceve nuovi contributi.",
            _ => "L'organizzazione beneficiaria non è attiva: non riceve nuovi contributi.",
        });
}
