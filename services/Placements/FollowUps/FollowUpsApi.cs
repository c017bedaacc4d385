using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Placements.Placements;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Placements.FollowUps;

public sealed record FollowUpRequest(bool? Employed, bool? InAssistanceCircuit, DateOnly? RecordedOn, string? Note);

internal sealed class FollowUpRequestValidator : AbstractValidator<FollowUpRequest>
{
    public FollowUpRequestValidator()
    {
        RuleFor(r => r.Employed).NotNull().WithMessage("Indicare se la persona lavora.");
        RuleFor(r => r.InAssistanceCircuit).NotNull().WithMessage("Indicare se la persona è ancora nel circuito assistenziale.");
        RuleFor(r => r.RecordedOn).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

/// <summary>Follow-ups come due 31, 92 and 182 days after a placement ends; operators list the due ones and record them.</summary>
public static class FollowUpsApi
{
    public static RouteGroupBuilder MapFollowUpsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Controlli successivi");
        group.MapGet("/follow-ups", ListAsync).RequireAuthorization(PlacementsPolicies.Manage).WithName("DueFollowUps")
            .WithSummary("Controlli da fare: ?status=due (scaduti, anche in ritardo) o overdue (oltre 30 giorni), alla data ?on=");
        group.MapPost("/placements/{id:guid}/follow-ups/{days:int}", RecordAsync).Validate<FollowUpRequest>()
            .RequireAuthorization(PlacementsPolicies.Manage).WithName("RecordFollowUp")
            .WithSummary("Registra il controllo a 31, 92 o 182 giorni dalla fine: lavora? è ancora nel circuito assistenziale?");
        return api;
    }

    private static async Task<Results<Ok<Page<FollowUpResponse>>, ValidationProblem>> ListAsync(
        PlacementsDbContext db, TimeProvider clock, CancellationToken ct, string? status = null, DateOnly? on = null, int? limit = null,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not (null or "" or "due" or "overdue"))
        {
            errors["status"] = ["Valore non ammesso. Valori possibili: due, overdue."];
        }

        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var today = on ?? PlacementSteps.Today(clock);
        var until = status == "overdue" ? today.AddDays(-FollowUp.GraceDays - 1) : today;
        var query = db.FollowUps.Where(f => f.RecordedOn == null && f.DueOn <= until);
        return TypedResults.Ok(await query.ToPageAsync(page, FollowUpResponse.From, ct));
    }

    private static async Task<Results<Ok<FollowUpResponse>, ProblemHttpResult>> RecordAsync(
        Guid id, int days, FollowUpRequest request, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock,
        HttpRequest httpRequest, HttpResponse response, CancellationToken ct)
    {
        var placement = await db.FindForChangeAsync(id, user, ct);
        if (placement is null)
        {
            return Problems.NotFound("Tirocinio non trovato.");
        }

        if (ETags.Precondition(httpRequest, placement.Version) is { } precondition)
        {
            return precondition;
        }

        var followUp = placement.RecordFollowUp(days, request.RecordedOn ?? PlacementSteps.Today(clock), request.Employed!.Value,
            request.InAssistanceCircuit!.Value, request.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        ETags.Set(response, placement.Version);
        return TypedResults.Ok(FollowUpResponse.From(followUp));
    }
}
