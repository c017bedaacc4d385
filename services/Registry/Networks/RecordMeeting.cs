using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;

namespace Rete.Registry.Networks;

public static class RecordMeeting
{
    public static RouteHandlerBuilder MapRecordMeeting(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/meetings", HandleAsync).Validate<RecordMeetingRequest>().RequireAuthorization(RegistryPolicies.Manage);

    private static async Task<Results<Created<MeetingResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, RecordMeetingRequest request, RegistryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Networks.AnyAsync(n => n.Id == id, ct))
        {
            return Problems.NotFound("Tavolo non trovato.");
        }

        var attendance = (request.Attendance ?? []).Select(a => new Attendance(a.OrganisationId, a.OrganisationName?.Trim(), a.People!.Value)).ToList();
        var registered = attendance.Where(a => a.OrganisationId is not null).Select(a => a.OrganisationId!.Value).Distinct().ToList();
        if (registered.Count > 0 && await db.Organisations.CountAsync(o => registered.Contains(o.Id), ct) != registered.Count)
        {
            return Problems.Invalid("attendance", "Una delle organizzazioni presenti non è nel registro.");
        }

        var now = clock.GetUtcNow();
        var meeting = Meeting.Record(db.CurrentTenantId!, id, request.Date!.Value, request.StartTime, request.EndTime, request.Place,
            request.Agenda ?? [], attendance, request.Minutes, request.Decisions ?? [], now);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        RegistryTelemetry.MeetingsRecorded.Add(1);

        return TypedResults.Created($"/api/registry/networks/{id}/meetings/{meeting.Id}", MeetingResponse.From(meeting));
    }
}
