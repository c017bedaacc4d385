using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.Referrals.Protection;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Referrals.People;

public static class RegisterPerson
{
    public static RouteHandlerBuilder MapRegisterPerson(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync).Validate<PersonRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("RegisterPerson").WithSummary("Registra una persona (un possibile doppione viene segnalato, mai unito)");

    private static async Task<Results<Created<PersonResponse>, ProblemHttpResult>> HandleAsync(
        PersonRequest request, ReferralsDbContext db, PersonalDataProtector protector, AccessRecorder access,
        ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var municipalities = ServiceDefaults.Auth.ClaimsPrincipalExtensions.Municipalities(user);
        if (municipalities.Count > 0 && (request.MunicipalityIstat is null || !municipalities.Contains(request.MunicipalityIstat)))
        {
            return Problems.Forbidden("Non si possono registrare persone residenti fuori dai comuni per cui si opera.");
        }

        var taxCode = request.NormalisedTaxCode;
        var hash = protector.Hash(taxCode);
        var details = request.ToDetails();
        var (last, first) = (NameMatch.Literal(details.LastName), NameMatch.Literal(details.FirstName));
        var duplicates = await db.People
            .Where(p => p.TaxCodeHash == hash
                || (p.BirthDate == details.BirthDate && EF.Functions.ILike(p.LastName, last) && EF.Functions.ILike(p.FirstName, first)))
            .Select(p => p.Id).Take(20).ToListAsync(ct);
        var special = request.SpecialCategory is { } data ? protector.Encrypt(JsonSerializer.Serialize(data, ReteJson.Options)) : null;

        var person = Person.Register(db.CurrentTenantId!, details, protector.Encrypt(taxCode), hash, special, duplicates, clock.GetUtcNow());
        db.People.Add(person);
        access.Record(person.Id, "registrazione", "registrazione della persona");
        await db.SaveChangesAsync(ct);

        ETags.Set(response, person.Version);
        return TypedResults.Created($"/api/referrals/people/{person.Id}", person.ToResponse(protector, ReferralsPolicies.SeesSpecialCategory(user)));
    }
}
