using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace Rete.Web.Apis;

/// <summary>
/// Puts the signed-in person's access token (saved in the session cookie at sign-in) on every API call, so the
/// APIs decide with that person's tenant and roles. Pages render on the server within a request, where the
/// cookie and therefore the token are at hand.
/// </summary>
internal sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } context && await context.GetTokenAsync("access_token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
