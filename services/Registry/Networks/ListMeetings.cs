using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Networks;

public static class ListMeetings
{
    public static RouteHandlerBuilder MapListMeetings(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/meetings", HandleAsync).RequireAuthorization(RegistryPolicies.Read);

    /// <summary>A table's meetings, newest first (a table meets a few times a year, so no paging).</summary>
    private static async Task<Results<Ok<List<MeetingResponse>>, ProblemHttpResult>> HandleAsync(Guid id, RegistryDbContext db, CancellationToken ct)
    {
        if (!await db.Networks.AnyAsync(n => n.Id == id, ct))
        {
            return Problems.NotFound("Tavolo non trovato.");
        }

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.NetworkId == id).OrderByDescending(m => m.Date).ToListAsync(ct);
        return TypedResults.Ok(meetings.Select(MeetingResponse.From).ToList());
    }
}
