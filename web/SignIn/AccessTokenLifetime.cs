using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Rete.Web.SignIn;

/// <summary>
/// A session whose access token has expired is dropped, so the next page signs in again instead of showing a
/// "not authorised" answer from every API.
/// </summary>
internal static class AccessTokenLifetime
{
    public static async Task RejectWhenExpiredAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry)
            || expiry <= TimeProvider.System.GetUtcNow().AddMinutes(1))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
