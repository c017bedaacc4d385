using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Identity.Users;

/// <summary>A person who signs in: one tenant, one or more roles, optionally an organisation and municipalities.</summary>
public sealed class User : ITenantOwned, IHasId
{
    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private User()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";

    public List<string> Roles { get; private set; } = [];

    public Guid? OrganisationId { get; private set; }

    public List<string> Municipalities { get; private set; } = [];

    public bool Disabled { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public static User Invite(string tenantId, string userName, string displayName, IEnumerable<string> roles,
        Guid? organisationId, IEnumerable<string> municipalities, string passwordHash, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            UserName = userName,
            DisplayName = displayName,
            PasswordHash = passwordHash,
            Roles = roles.Distinct().ToList(),
            OrganisationId = organisationId,
            Municipalities = municipalities.Distinct().ToList(),
            CreatedAt = now,
            Version = 1,
        };

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Counts a wrong password; the fifth in a row locks the account for <see cref="LockoutDuration"/>.</summary>
    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedAttempts++;
        if (FailedAttempts >= MaxFailedAttempts)
        {
            LockedUntil = now + LockoutDuration;
            FailedAttempts = 0;
        }
    }

    public void RecordSignIn()
    {
        FailedAttempts = 0;
        LockedUntil = null;
    }

    public void ChangeAccess(string displayName, IEnumerable<string> roles, Guid? organisationId, IEnumerable<string> municipalities)
    {
        DisplayName = displayName;
        Roles = roles.Distinct().ToList();
        OrganisationId = organisationId;
        Municipalities = municipalities.Distinct().ToList();
        Version++;
    }

    public void Disable()
    {
        Disabled = true;
        Version++;
    }

    public void Enable()
    {
        Disabled = false;
        FailedAttempts = 0;
        LockedUntil = null;
        Version++;
    }

    public void SetPasswordHash(string passwordHash) => PasswordHash = passwordHash;
}
