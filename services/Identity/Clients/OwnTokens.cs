using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Rete.Identity.Clients;

/// <summary>
/// The user-administration API accepts tokens this provider signed, checked against its own keys in memory rather
/// than through its discovery document over HTTP (which, behind the gateway, would be a call to itself).
/// </summary>
internal sealed class OwnTokens(IOptionsMonitor<OpenIddictServerOptions> server, IOptions<IdentityProviderOptions> identity)
    : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        var keys = server.CurrentValue.SigningCredentials.Select(c => c.Key).ToList();
        var parameters = options.TokenValidationParameters;
        options.Authority = null;
        options.MetadataAddress = null!;
        options.ConfigurationManager = null;
        parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], identity.Value.Issuer.AbsoluteUri];
        parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. keys];
        if (parameters.IssuerSigningKey is not null)
        {
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys, parameters.IssuerSigningKey];
        }

        parameters.ValidateIssuerSigningKey = true;
    }
}
