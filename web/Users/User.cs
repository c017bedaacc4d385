namespace Rete.Web.Users;

/// <summary>A user of the tenant as Identity answers it.</summary>
public sealed record User(
    Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId, IReadOnlyList<string> Municipalities,
    bool Disabled, bool LockedOut, int Version);

/// <summary>The invitation's answer: the temporary password, shown once.</summary>
public sealed record InvitedUser(User User, string TemporaryPassword);

public sealed record InviteUserRequest(string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId, IReadOnlyList<string> Municipalities);

public sealed record ChangeUserRequest(string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId, IReadOnlyList<string> Municipalities);
