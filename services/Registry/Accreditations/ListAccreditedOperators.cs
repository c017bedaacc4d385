using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Registry.Accreditations;

/// <summary>Active organisations holding an accreditation in force on a day (today by default): those that may take GOL assignments.</summary>
public static class ListAccreditedOperators
{
    public static RouteHandlerBuilder MapListAccreditedOperators(this RouteGroupBuilder group) =>
        group.MapGet("/accredited-operators", HandleAsync).RequireAuthorization(RegistryPolicies.Read);

    private static async Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem>> HandleAsync(
        RegistryDbContext db, TimeProvider clock, CancellationToken ct,
        DateOnly? on = null, string? kind = null, int? limit = null, string? cursor = null)
    {
        var day = on ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var accreditationKind = AccreditationKind.ServicesForWork;
        if (kind is not null && !EnumText.TryParse(kind, out accreditationKind))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["kind"] = [$"Valori possibili: {EnumText.Names<AccreditationKind>()}."] });
        }

        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var accredited = db.Accreditations.Where(Accreditation.InForceOn(day))
            .Where(a => a.Kind == accreditationKind).Select(a => a.OrganisationId);
        var query = db.Organisations.Where(o => o.Status == OrganisationStatus.Active && accredited.Contains(o.Id));
        return TypedResults.Ok(await query.ToPageAsync(page, OrganisationResponse.From, ct));
    }
}
