using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.Placements.Placements;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Placements.Attendance;

/// <summary><c>month</c> is the placement month, 1 to its duration.</summary>
public sealed record AttendanceRequest(int? Month, int? DaysAttended, int? DaysScheduled);

internal sealed class AttendanceRequestValidator : AbstractValidator<AttendanceRequest>
{
    public AttendanceRequestValidator()
    {
        RuleFor(r => r.Month).NotNull().InclusiveBetween(1, 6).WithMessage("Il mese del tirocinio va da 1 a 6.");
        RuleFor(r => r.DaysScheduled).NotNull().InclusiveBetween(1, Placement.MaxDaysInMonth)
            .WithMessage("I giorni previsti vanno da 1 a 31.");
        RuleFor(r => r.DaysAttended).NotNull().GreaterThanOrEqualTo(0)
            .LessThanOrEqualTo(r => r.DaysScheduled ?? Placement.MaxDaysInMonth)
            .WithMessage("I giorni di presenza vanno da 0 ai giorni previsti.");
    }
}

/// <summary>The tutor records a month's days attended; the stipend due follows in proportion.</summary>
public static class RecordAttendance
{
    public static RouteHandlerBuilder MapRecordAttendance(this RouteGroupBuilder group) =>
        group.MapPost("/placements/{id:guid}/attendance", HandleAsync).Validate<AttendanceRequest>()
            .RequireAuthorization(PlacementsPolicies.Attendance).WithName("RecordAttendance")
            .WithSummary("Registra (o corregge) le presenze di un mese del tirocinio; la borsa dovuta è in proporzione ai giorni");

    private static async Task<Results<Ok<PlacementResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, AttendanceRequest request, PlacementsDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpRequest httpRequest,
        HttpResponse response, CancellationToken ct)
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

        placement.RecordAttendance(request.Month!.Value, request.DaysAttended!.Value, request.DaysScheduled!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        ETags.Set(response, placement.Version);
        return TypedResults.Ok(PlacementResponse.From(placement, PlacementAccess.SeesOnlyHosted(user)));
    }
}
