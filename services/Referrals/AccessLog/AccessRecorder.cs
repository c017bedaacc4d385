using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Referrals.AccessLog;

/// <summary>Adds an access-log entry for the current caller to the request's DbContext; it commits with the request's save.</summary>
public sealed class AccessRecorder(ReferralsDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(Guid personId, string what, string? why)
    {
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        var roles = user.FindAll(ReteClaims.Role).Select(c => c.Value).Concat(user.FindAll(ClaimTypes.Role).Select(c => c.Value)).Distinct();
        db.AccessLog.Add(AccessEntry.Of(db.CurrentTenantId!, personId, user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "?",
            roles, user.OrganisationId(), clock.GetUtcNow(), what, string.IsNullOrWhiteSpace(why) ? null : why.Trim()[..Math.Min(why.Trim().Length, 500)]));
    }
}
