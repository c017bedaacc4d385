using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.Referrals.Protection;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.People;

/// <summary>What a search names: a tax code, or a surname (and name) with a birth date.</summary>
public sealed record FindPeopleRequest(string? TaxCode, string? LastName, string? FirstName, DateOnly? BirthDate);

/// <summary>
/// Finds people by tax code (through its keyed hash) or by surname, name and birth date; never lists everyone.
/// A POST with the criteria in the body: in a URL they would reach access logs, proxies and traces.
/// </summary>
public static class FindPeople
{
    public static RouteHandlerBuilder MapFindPeople(this RouteGroupBuilder group) =>
        group.MapPost("/search", HandleAsync).RequireAuthorization(ReferralsPolicies.Read)
            .WithName("FindPeople").WithSummary("Cerca una persona per codice fiscale, oppure per cognome, nome e data di nascita");

    private static async Task<Results<Ok<Page<PersonSummary>>, ValidationProblem>> HandleAsync(
        FindPeopleRequest request, ReferralsDbContext db, PersonalDataProtector protector, AccessRecorder access, ClaimsPrincipal user,
        CancellationToken ct, int? limit = null, string? cursor = null)
    {
        var (taxCode, lastName, firstName, birthDate) = (request.TaxCode, request.LastName, request.FirstName, request.BirthDate);
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var query = db.People.AsNoTracking().Visible(user);
        if (!string.IsNullOrWhiteSpace(taxCode))
        {
            var hash = protector.Hash(taxCode.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
            query = query.Where(p => p.TaxCodeHash == hash);
        }
        else if (!string.IsNullOrWhiteSpace(lastName) && birthDate is { } born)
        {
            var last = NameMatch.Literal(lastName);
            query = query.Where(p => EF.Functions.ILike(p.LastName, last) && p.BirthDate == born);
            if (!string.IsNullOrWhiteSpace(firstName))
            {
                var first = NameMatch.Literal(firstName);
                query = query.Where(p => EF.Functions.ILike(p.FirstName, first));
            }
        }
        else
        {
            return Problems.Invalid("taxCode", "Indicare il codice fiscale, oppure cognome e data di nascita.");
        }

        var result = await query.ToPageAsync(page, PersonFiles.ToSummary, ct);
        foreach (var person in result.Items)
        {
            access.Record(person.Id, "ricerca", null);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(result);
    }
}
