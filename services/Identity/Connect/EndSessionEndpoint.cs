using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;
using Rete.Identity.SignIn;

namespace Rete.Identity.Connect;

/// <summary>Sign-out: ends the session here, then OpenIddict sends the browser back to the client's registered address.</summary>
public static class EndSessionEndpoint
{
    public static void MapEndSession(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/logout", ["GET", "POST"], (Delegate)HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext context)
    {
        await context.SignOutAsync(SignInCookie.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/signed-out" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
