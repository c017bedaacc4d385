namespace Rete.ServiceDefaults.Auth;

/// <summary>
/// Configuration section "Auth". Production sets <see cref="Authority"/> (an OIDC provider such as Keycloak);
/// Development signs tokens with <see cref="SigningKey"/>, a shared development key that `rete token` also uses.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    public string Issuer { get; set; } = "rete-dev";

    public string Audience { get; set; } = "rete";

    public string? SigningKey { get; set; }
}
