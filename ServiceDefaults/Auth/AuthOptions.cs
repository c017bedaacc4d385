namespace Rete.ServiceDefaults.Auth;

/// <summary>
/// Configuration section "Auth". Production sets <see cref="Authority"/> (an OIDC provider such as Keycloak);
/// Development signs tokens with <see cref="SigningKey"/>, a shared development key that `rete token` also uses.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    /// <summary>
    /// Where the discovery document is read when the issuer as the browser sees it (the gateway) is not the
    /// address a service should call, e.g. <c>http://identity/.well-known/openid-configuration</c>. Optional.
    /// </summary>
    public string? MetadataAddress { get; set; }

    public string Issuer { get; set; } = "rete-dev";

    public string Audience { get; set; } = "rete";

    public string? SigningKey { get; set; }
}
