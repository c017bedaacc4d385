using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Consortium;

public static class ConsortiumApi
{
    public sealed record ConsortiumResponse(string Name, string? LeadMunicipalityIstat, IReadOnlyList<MemberMunicipality> Members, long TotalPopulation, int Version)
    {
        public static ConsortiumResponse From(ConsortiumProfile p) => new(p.Name, p.LeadMunicipalityIstat, p.Members, p.TotalPopulation, p.Version);
    }

    public static RouteGroupBuilder MapConsortiumApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/consortium").WithTags("Consortium");
        group.MapGet("/", GetAsync).RequireAuthorization(RegistryPolicies.Read);
        group.MapPut("/", SetAsync).Validate<ConsortiumRequest>().RequireAuthorization(RegistryPolicies.Admin);
        return group;
    }

    private static async Task<Results<Ok<ConsortiumResponse>, ProblemHttpResult>> GetAsync(RegistryDbContext db, HttpResponse response, CancellationToken ct)
    {
        var profile = await db.ConsortiumProfiles.AsNoTracking().FirstOrDefaultAsync(ct);
        if (profile is null)
        {
            return Problems.NotFound("Il profilo del consorzio non è ancora stato impostato.");
        }

        ETags.Set(response, profile.Version);
        return TypedResults.Ok(ConsortiumResponse.From(profile));
    }

    private static async Task<Results<Ok<ConsortiumResponse>, ValidationProblem, ProblemHttpResult>> SetAsync(
        ConsortiumRequest request, RegistryDbContext db, TimeProvider clock, HttpRequest http, HttpResponse response, CancellationToken ct)
    {
        var profile = await db.ConsortiumProfiles.FirstOrDefaultAsync(ct);
        if (profile is null)
        {
            profile = ConsortiumProfile.Create(db.CurrentTenantId!);
            db.ConsortiumProfiles.Add(profile);
        }
        else if (ETags.Precondition(http, profile.Version) is { } precondition)
        {
            return precondition;
        }

        var now = clock.GetUtcNow();
        var members = request.Members!.Select(m => new MemberMunicipality(m.IstatCode!, m.Name!.Trim(), m.Population)).ToList();
        profile.Set(request.Name!, request.LeadMunicipalityIstat, members, now);
        await db.SaveChangesAsync(ct);

        ETags.Set(response, profile.Version);
        return TypedResults.Ok(ConsortiumResponse.From(profile));
    }
}
