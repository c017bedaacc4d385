using Microsoft.AspNetCore.WebUtilities;
using Rete.ServiceDefaults.Http;
using Rete.Web.Apis;

namespace Rete.Web.Users;

/// <summary>Identity's user administration (<c>/api/identity/users</c>), for the tenant's consortium admins.</summary>
public sealed class UsersClient(HttpClient http, ILogger<UsersClient> logger) : ApiClient(http, logger)
{
    private const string Path = "api/identity/users";

    public Task<ApiResult<Page<User>>> ListAsync(string? role, string? cursor, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["limit"] = "50" };
        if (!string.IsNullOrWhiteSpace(role))
        {
            query["role"] = role;
        }

        if (!string.IsNullOrWhiteSpace(cursor))
        {
            query["cursor"] = cursor;
        }

        return SendAsync<Page<User>>(new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(Path, query)), ct);
    }

    public Task<ApiResult<User>> GetAsync(Guid id, CancellationToken ct) =>
        SendAsync<User>(new HttpRequestMessage(HttpMethod.Get, $"{Path}/{id}"), ct);

    /// <summary>
    /// Sent without an Idempotency-Key on purpose: a stored answer would keep the temporary password in the clear. A
    /// second click is refused by the name already taken, and the password of the first is the one that works.
    /// </summary>
    public Task<ApiResult<InvitedUser>> InviteAsync(InviteUserRequest request, CancellationToken ct) =>
        SendAsync<InvitedUser>(Json(HttpMethod.Post, Path, request), ct);

    public Task<ApiResult<User>> ChangeAsync(Guid id, ChangeUserRequest request, string etag, CancellationToken ct) =>
        SendAsync<User>(Json(HttpMethod.Put, $"{Path}/{id}", request, etag), ct);

    /// <summary><paramref name="disabled"/>: disable, or enable again.</summary>
    public Task<ApiResult<User>> SetDisabledAsync(Guid id, bool disabled, string etag, CancellationToken ct) =>
        SendAsync<User>(Json(HttpMethod.Post, $"{Path}/{id}/{(disabled ? "disable" : "enable")}", new { }, etag), ct);
}
