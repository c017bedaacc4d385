using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Rete.ServiceDefaults.Auth;

namespace Rete.Web.SignIn;

/// <summary>
/// Sign-in with the authorization code flow and PKCE at the Identity service (or any OIDC provider), kept in a
/// cookie of this application with the tokens the API calls need.
/// </summary>
public static class SignInExtensions
{
    public const string SignInPath = "/accedi";
    public const string SignOutPath = "/esci";

    public static WebApplicationBuilder AddWebSignIn(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                // The provider answers on the same host (behind the gateway): its cookies must not collide with these.
                cookie.Cookie.Name = "rete.web";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // A page of another role (typed as an address) answers with the Italian "no permission" page.
                cookie.AccessDeniedPath = "/accesso-negato";
                cookie.Cookie.SecurePolicy = settings.RequireHttpsMetadata ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                // The session lasts as long as the access token: past it the APIs would refuse every call.
                cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
                cookie.SlidingExpiration = false;
                cookie.Events.OnValidatePrincipal = AccessTokenLifetime.RejectWhenExpiredAsync;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = settings.Authority;
                oidc.MetadataAddress = settings.MetadataAddress;
                oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                oidc.ClientId = settings.ClientId;
                oidc.ClientSecret = settings.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                // The identity token carries all the application shows; the provider has no userinfo endpoint.
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "rete" })
                {
                    oidc.Scope.Add(scope);
                }

                // The provider's claim names as they are (role, tenant, org, municipality): ServiceDefaults reads those.
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = ReteClaims.Role;
                oidc.ClaimActions.Remove(ReteClaims.Role);
                oidc.SignedOutRedirectUri = "/";
                // The provider runs on the same site, so Lax is enough and plain http works on a loopback.
                foreach (var temporary in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
                {
                    temporary.SameSite = SameSiteMode.Lax;
                    temporary.SecurePolicy = settings.RequireHttpsMetadata ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                }

                oidc.Events.OnRemoteFailure = SignInFailure.ShowItalianPageAsync;
            });
        return builder;
    }

    /// <summary>"Accedi" starts a sign-in and comes back to a local address; "Esci" ends both sessions, here and at the provider.</summary>
    public static WebApplication MapWebSignIn(this WebApplication app)
    {
        app.MapGet(SignInPath, (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));

        // A POST with the antiforgery token of the header's form: a link or an image elsewhere cannot sign anyone out.
        app.MapPost(SignOutPath, async (HttpContext context, IAntiforgery antiforgery) =>
                await antiforgery.IsRequestValidAsync(context)
                    ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
                        [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
                    : Results.Redirect("/"))
            .DisableAntiforgery()
            .RequireAuthorization();
        return app;
    }

    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
