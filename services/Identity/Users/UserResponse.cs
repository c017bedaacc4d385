namespace Rete.Identity.Users;

public sealed record UserResponse(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId,
    IReadOnlyList<string> Municipalities, bool Disabled, bool LockedOut, int Version)
{
    public static UserResponse From(User user) => new(user.Id, user.UserName, user.DisplayName, user.Roles, user.OrganisationId,
        user.Municipalities, user.Disabled, user.IsLockedOut(DateTimeOffset.UtcNow), user.Version);
}

/// <summary>The invitation's answer: the temporary password is shown this once and never stored in clear.</summary>
public sealed record InvitedUserResponse(UserResponse User, string TemporaryPassword);
