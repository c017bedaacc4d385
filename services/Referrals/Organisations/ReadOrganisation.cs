using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Referrals.Organisations;

public sealed record KnownAccreditationResponse(string? Kind, DateOnly? ValidFrom, DateOnly? ValidTo, DateOnly? ExpiredOn);

public sealed record KnownOrganisationResponse(Guid Id, string? Name, string? Kind, bool Active, IReadOnlyList<KnownAccreditationResponse> Accreditations);

/// <summary>
/// An organisation as this service knows it from the Registry's events: a client (the seeder, a UI) polls
/// <c>GET /organisations/{id}</c> to know when it can receive referrals or GOL assignments here.
/// </summary>
public static class ReadOrganisation
{
    public static RouteGroupBuilder MapReadOrganisation(this RouteGroupBuilder api)
    {
        api.MapGet("/organisations/{id:guid}", HandleAsync).RequireAuthorization(ReferralsPolicies.Read).WithTags("Organizzazioni")
            .WithName("ReferralsOrganisation").WithSummary("Un'organizzazione come la conosce il servizio (dagli eventi dell'anagrafe)");
        return api;
    }

    private static async Task<Results<Ok<KnownOrganisationResponse>, ProblemHttpResult>> HandleAsync(Guid id, ReferralsDbContext db, CancellationToken ct)
    {
        var organisation = await db.FindKnownOrganisationAsync(id, ct);
        if (organisation is not { IsKnown: true })
        {
            return Problems.NotFound("Organizzazione non (ancora) nota al servizio.");
        }

        var accreditations = await db.KnownAccreditations().AsNoTracking().Where(a => a.OrganisationId == id && a.Kind != null)
            .OrderBy(a => a.ValidFrom).Select(a => new KnownAccreditationResponse(a.Kind, a.ValidFrom, a.ValidTo, a.ExpiredOn)).ToListAsync(ct);
        return TypedResults.Ok(new KnownOrganisationResponse(organisation.Id, organisation.Name, organisation.Kind, organisation.IsActive, accreditations));
    }
}
