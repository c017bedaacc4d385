using System.Security.Claims;
using Rete.Identity.Users;
using Rete.ServiceDefaults.Auth;

namespace Rete.Identity.SignIn;

/// <summary>The provider's own session: who signed in here, so the next authorization request needs no password.</summary>
public static class SignInCookie
{
    public const string Scheme = "rete-identity";

    public static ClaimsPrincipal For(User user) =>
        new(new ClaimsIdentity([new Claim(ReteClaims.Subject, user.Id.ToString()), new Claim(ReteClaims.Tenant, user.TenantId)], Scheme));
}
