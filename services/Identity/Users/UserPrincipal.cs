using System.Security.Claims;
using OpenIddict.Abstractions;
using Rete.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Rete.Identity.Users;

/// <summary>The claims ServiceDefaults expects (sub, tenant, role, org, municipality), and which token carries each.</summary>
public static class UserPrincipal
{
    public const string Audience = "rete";

    public static ClaimsPrincipal For(User user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(ReteClaims.Tenant, user.TenantId)
            .SetClaims(ReteClaims.Role, [.. user.Roles])
            .SetClaims(ReteClaims.Municipality, [.. user.Municipalities]);
        if (user.OrganisationId is { } org)
        {
            identity.SetClaim(ReteClaims.Organisation, org.ToString());
        }

        return Finish(identity, scopes);
    }

    public static ClaimsPrincipal For(IntegrationClientOptions client, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.ClientId)
            .SetClaim(ReteClaims.Tenant, client.Tenant)
            .SetClaims(ReteClaims.Role, [.. client.Roles]);
        if (client.Organisation is { } org)
        {
            identity.SetClaim(ReteClaims.Organisation, org.ToString());
        }

        return Finish(identity, scopes);
    }

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(Audience);
        // Everything goes into the access token the APIs read; the web application's identity token carries
        // what it shows (name, tenant, roles) and what it needs to hide forbidden actions.
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername or ReteClaims.Tenant or ReteClaims.Role or ReteClaims.Organisation or ReteClaims.Municipality
                => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
