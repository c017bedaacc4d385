using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Referrals.AccessLog;

/// <summary>One read of a person's file: who (subject, roles, organisation), when, what and why. Never changed.</summary>
public sealed class AccessEntry : ITenantOwned, IHasId, IAppendOnly
{
    private AccessEntry()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public string Subject { get; private set; } = "";

    public List<string> Roles { get; private set; } = [];

    public Guid? OrganisationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string What { get; private set; } = "";

    public string? Why { get; private set; }

    public static AccessEntry Of(string tenantId, Guid personId, string subject, IEnumerable<string> roles, Guid? organisationId,
        DateTimeOffset at, string what, string? why) => new()
    {
        Id = Guid.CreateVersion7(at),
        TenantId = tenantId,
        PersonId = personId,
        Subject = subject,
        Roles = roles.ToList(),
        OrganisationId = organisationId,
        At = at,
        What = what,
        Why = why,
    };
}
