using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Referrals.AccessLog;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Referrals.People;

public sealed record ResidenceRequest(string? MunicipalityIstat, string? District);

internal sealed class ResidenceRequestValidator : AbstractValidator<ResidenceRequest>
{
    public ResidenceRequestValidator()
    {
        RuleFor(r => r.MunicipalityIstat).Matches("^[0-9]{6}$").WithMessage("Il codice ISTAT del comune ha 6 cifre.");
        RuleFor(r => r.District).MaximumLength(100);
    }
}

public static class ChangeResidence
{
    public static RouteHandlerBuilder MapChangeResidence(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/residence", HandleAsync).Validate<ResidenceRequest>().RequireAuthorization(ReferralsPolicies.Manage)
            .WithName("ChangeResidence").WithSummary("Aggiorna il comune e il distretto di residenza di una persona (If-Match)");

    private static async Task<Results<Ok<PersonResidence>, ProblemHttpResult>> HandleAsync(
        Guid id, ResidenceRequest request, ReferralsDbContext db, AccessRecorder access, ClaimsPrincipal user, TimeProvider clock,
        HttpRequest httpRequest, HttpResponse response, CancellationToken ct)
    {
        var person = await db.People.AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !PeopleAccess.MaySee(user, person))
        {
            return Problems.NotFound("Persona non trovata.");
        }

        var municipalities = user.Municipalities();
        if (municipalities.Count > 0 && (request.MunicipalityIstat is null || !municipalities.Contains(request.MunicipalityIstat)))
        {
            return Problems.Forbidden("Non si può trasferire la persona fuori dai comuni per cui si opera.");
        }

        if (ETags.Precondition(httpRequest, person.Version) is { } precondition)
        {
            return precondition;
        }

        person.MoveTo(request.MunicipalityIstat, request.District?.Trim(), clock.GetUtcNow());
        access.Record(person.Id, "residenza", "aggiornamento della residenza");
        await db.SaveChangesAsync(ct);
        ETags.Set(response, person.Version);
        return TypedResults.Ok(new PersonResidence(person.Id, person.MunicipalityIstat, person.District, person.Version));
    }
}

public sealed record PersonResidence(Guid Id, string? MunicipalityIstat, string? District, int Version);
