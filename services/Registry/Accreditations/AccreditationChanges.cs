using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Accreditations;

/// <summary>
/// Renewal and early expiry of an accreditation; both honour If-Match. A regional accreditation is the consortium's
/// standing before the Region, so only the consortium's administrators change it (operators record new ones).
/// </summary>
public static class AccreditationChanges
{
    public static RouteGroupBuilder MapAccreditationChanges(this RouteGroupBuilder group)
    {
        group.MapPost("/accreditations/{id:guid}/renew", RenewAsync).RequireAuthorization(RegistryPolicies.Admin);
        group.MapPost("/accreditations/{id:guid}/expire", ExpireAsync)
            .Validate<ExpireAccreditationRequest>().RequireAuthorization(RegistryPolicies.Admin);
        return group;
    }

    private static Task<Results<Ok<AccreditationResponse>, ProblemHttpResult>> RenewAsync(
        Guid id, RenewAccreditationRequest request, RegistryDbContext db, TimeProvider clock, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        ChangeAsync(id, db, clock, http, response, (a, _, now) => a.Renew(request.ValidTo, request.Stage, now), ct);

    private static Task<Results<Ok<AccreditationResponse>, ProblemHttpResult>> ExpireAsync(
        Guid id, ExpireAccreditationRequest request, RegistryDbContext db, TimeProvider clock, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        ChangeAsync(id, db, clock, http, response, (a, today, now) => a.Expire(request.On ?? today, request.Reason, now), ct);

    private static async Task<Results<Ok<AccreditationResponse>, ProblemHttpResult>> ChangeAsync(
        Guid id, RegistryDbContext db, TimeProvider clock, HttpRequest http, HttpResponse response,
        Action<Accreditation, DateOnly, DateTimeOffset> change, CancellationToken ct)
    {
        var accreditation = await db.Accreditations.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (accreditation is null)
        {
            return Problems.NotFound("Accreditamento non trovato.");
        }

        if (ETags.Precondition(http, accreditation.Version) is { } precondition)
        {
            return precondition;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        change(accreditation, today, now);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, accreditation.Version);
        return TypedResults.Ok(AccreditationResponse.From(accreditation, today));
    }
}
