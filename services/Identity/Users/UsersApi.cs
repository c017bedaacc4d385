using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Identity.Users;

/// <summary>
/// A consortium admin manages the users of its own tenant: list, invite, change roles and scope, disable, enable.
/// Users are tenant-owned rows, so the query filter and row-level security keep every other tenant's users out of reach.
/// </summary>
public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/users").WithTags("Utenti").RequireAuthorization(RetePolicies.Admin);
        group.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Elenca gli utenti dell'ente");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetUser").WithSummary("Legge un utente");
        group.MapPost("/", InviteAsync).Validate<InviteUserRequest>().WithName("InviteUser").WithSummary("Invita un utente (password temporanea)");
        group.MapPut("/{id:guid}", ChangeAsync).Validate<ChangeUserRequest>().WithName("ChangeUser").WithSummary("Cambia ruoli e ambito di un utente");
        group.MapPost("/{id:guid}/disable", (Guid id, IdentityDbContext db, ClaimsPrincipal me, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            SetDisabledAsync(id, true, db, me, request, response, ct)).WithName("DisableUser").WithSummary("Disabilita un utente");
        group.MapPost("/{id:guid}/enable", (Guid id, IdentityDbContext db, ClaimsPrincipal me, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            SetDisabledAsync(id, false, db, me, request, response, ct)).WithName("EnableUser").WithSummary("Riabilita un utente");
    }

    private static async Task<Results<Ok<Page<UserResponse>>, ValidationProblem>> ListAsync(
        IdentityDbContext db, CancellationToken ct, string? role = null, int? limit = null, string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (role is not null && !ReteRoles.All.Contains(role))
        {
            errors["role"] = ["Ruolo sconosciuto."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var query = db.Users.AsQueryable();
        if (role is not null)
        {
            query = query.Where(u => u.Roles.Contains(role));
        }

        return TypedResults.Ok(await query.ToPageAsync(page, UserResponse.From, ct));
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(Guid id, IdentityDbContext db, HttpResponse response, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return Problems.NotFound("Utente non trovato.");
        }

        ETags.Set(response, user.Version);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static async Task<Results<Created<InvitedUserResponse>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        InviteUserRequest request, IdentityDbContext db, ITenantContext tenant, IPasswordHasher<User> hasher, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        var name = request.UserName.Trim().ToLowerInvariant();
        // Names are unique across tenants (the sign-in page asks only for the name): checked in the global table.
        if (await db.SignInNames.AnyAsync(n => n.UserName == name, ct))
        {
            return Problems.Conflict("user-name-taken", "Nome utente già in uso: sceglierne un altro.");
        }

        var password = TemporaryPassword();
        var user = User.Invite(tenant.RequiredTenantId, name, request.DisplayName.Trim(), request.Roles, request.OrganisationId,
            request.Municipalities ?? [], "", clock.GetUtcNow());
        user.SetPasswordHash(hasher.HashPassword(user, password));
        db.Users.Add(user);
        db.SignInNames.Add(new SignInName(name, user.TenantId));
        await db.SaveChangesAsync(ct);
        ETags.Set(response, user.Version);
        return TypedResults.Created($"/api/identity/users/{user.Id}", new InvitedUserResponse(UserResponse.From(user), password));
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, ChangeUserRequest request, IdentityDbContext db, ClaimsPrincipal me, HttpRequest httpRequest, HttpResponse response, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return Problems.NotFound("Utente non trovato.");
        }

        if (ETags.Precondition(httpRequest, user.Version) is { } failed)
        {
            return failed;
        }

        if (IsSelf(me, user) && !request.Roles.Contains(ReteRoles.ConsortiumAdmin))
        {
            return Problems.Conflict("own-admin-role", "Non si può togliere a sé stessi il ruolo di amministratore.");
        }

        user.ChangeAccess(request.DisplayName.Trim(), request.Roles, request.OrganisationId, request.Municipalities ?? []);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, user.Version);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> SetDisabledAsync(
        Guid id, bool disabled, IdentityDbContext db, ClaimsPrincipal me, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return Problems.NotFound("Utente non trovato.");
        }

        if (ETags.Precondition(request, user.Version) is { } failed)
        {
            return failed;
        }

        if (disabled && IsSelf(me, user))
        {
            return Problems.Conflict("own-account", "Non si può disabilitare il proprio account.");
        }

        if (disabled)
        {
            user.Disable();
        }
        else
        {
            user.Enable();
        }

        await db.SaveChangesAsync(ct);
        ETags.Set(response, user.Version);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static bool IsSelf(ClaimsPrincipal me, User user) => me.FindFirst(ReteClaims.Subject)?.Value == user.Id.ToString();

    private static string TemporaryPassword() => "Rete-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
}
