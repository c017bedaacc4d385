using Rete.Tooling;

namespace Rete.Gateway.Tests;

/// <summary>Mints development tokens with <see cref="DevelopmentTokens"/>, as `rete token` does: HS256 with the shared key.</summary>
public static class TestTokens
{
    public const string SigningKey = "gateway-tests-signing-key-at-least-32-chars";
    public const string Issuer = DevelopmentTokens.DevelopmentIssuer;
    public const string Audience = DevelopmentTokens.DevelopmentAudience;

    /// <summary>A token valid from a minute ago for ten minutes.</summary>
    public static string For(string? tenant, string role = "operator", string signingKey = SigningKey) =>
        new DevelopmentTokens { SigningKey = signingKey, Issuer = Issuer, Audience = Audience, Lifetime = TimeSpan.FromMinutes(11) }
            .Mint("test-user", tenant, [role], issuedAt: DateTime.UtcNow.AddMinutes(-1));
}
