using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Rete.Identity.Users;
using Rete.ServiceDefaults.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Rete.Identity.Connect;

/// <summary>
/// The token endpoint. OpenIddict has already checked the client, its secret, the code and its PKCE verifier;
/// this decides the claims: a user's as they are now (a disabled user gets no new token), an integration's from configuration.
/// </summary>
public static class TokenEndpoint
{
    public static void MapToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/connect/token", HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext context, IdentityDbContext db, ITenantContext tenant, IOptions<IdentityProviderOptions> options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not recognise the token request.");
        string[] scheme = [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme];

        if (request.IsClientCredentialsGrantType())
        {
            var client = options.Value.IntegrationClients.FirstOrDefault(c => c.ClientId == request.ClientId);
            if (client is null || !TenantIds.IsValid(client.Tenant) || client.Roles.Count == 0)
            {
                return Results.Forbid(AuthorizeEndpoint.Error(Errors.UnauthorizedClient, "Client non abilitato."), scheme);
            }

            return Results.SignIn(UserPrincipal.For(client, request.GetScopes()), authenticationScheme: scheme[0]);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await context.AuthenticateAsync(scheme[0]);
            var user = granted.Principal is null ? null : await AuthorizeEndpoint.CurrentUserAsync(granted.Principal, db, tenant);
            if (user is null)
            {
                return Results.Forbid(AuthorizeEndpoint.Error(Errors.InvalidGrant, "L'utente non è più abilitato."), scheme);
            }

            return Results.SignIn(UserPrincipal.For(user, granted.Principal!.GetScopes()), authenticationScheme: scheme[0]);
        }

        return Results.Forbid(AuthorizeEndpoint.Error(Errors.UnsupportedGrantType, "Tipo di concessione non supportato."), scheme);
    }
}
