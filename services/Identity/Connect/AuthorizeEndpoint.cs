using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Rete.Identity.SignIn;
using Rete.Identity.Users;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Rete.Identity.Connect;

/// <summary>
/// The authorization endpoint (code + PKCE, checked by OpenIddict before this runs): someone without a session here
/// goes to the sign-in page; someone with one gets a code for the user as they are now (roles, scope, not disabled).
/// </summary>
public static class AuthorizeEndpoint
{
    public static void MapAuthorize(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/authorize", ["GET", "POST"], HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext context, IdentityDbContext db, ITenantContext tenant)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not recognise the authorization request.");
        var session = await context.AuthenticateAsync(SignInCookie.Scheme);
        var user = session.Succeeded && !request.HasPromptValue(PromptValues.Login)
            ? await CurrentUserAsync(session.Principal!, db, tenant)
            : null;
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(Error(Errors.LoginRequired, "Accesso richiesto."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var here = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = here }, [SignInCookie.Scheme]);
        }

        return Results.SignIn(UserPrincipal.For(user, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    internal static async Task<User?> CurrentUserAsync(System.Security.Claims.ClaimsPrincipal principal, IdentityDbContext db, ITenantContext tenant)
    {
        if (!TenantIds.IsValid(principal.Tenant()) || !Guid.TryParse(principal.FindFirst(ReteClaims.Subject)?.Value, out var id))
        {
            return null;
        }

        tenant.Set(principal.Tenant()!);
        var user = await db.Users.FindAsync(id);
        return user is { Disabled: false } ? user : null;
    }

    internal static AuthenticationProperties Error(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
