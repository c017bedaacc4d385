using Rete.Tooling;

namespace Rete.Testing;

/// <summary>Mints development tokens with <see cref="DevelopmentTokens"/>, as `./rete token` does, for any tenant, roles and organisation.</summary>
public static class Tokens
{
    public static string For(string tenant, params string[] roles) => Create(tenant, roles);

    /// <summary>A token valid from two hours before <paramref name="expires"/> (default an hour from now) until then.</summary>
    public static string Create(string? tenant, IEnumerable<string> roles, Guid? organisation = null, IEnumerable<string>? municipalities = null,
        string? signingKey = null, DateTime? expires = null, string issuer = TestEnvironment.Issuer, string subject = "test-user")
    {
        var lifetime = TimeSpan.FromHours(2);
        var tokens = new DevelopmentTokens
        {
            SigningKey = signingKey ?? TestEnvironment.SigningKey,
            Issuer = issuer,
            Audience = TestEnvironment.Audience,
            Lifetime = lifetime,
        };
        return tokens.Mint(subject, tenant, roles, organisation?.ToString(), municipalities,
            issuedAt: (expires ?? DateTime.UtcNow.AddHours(1)) - lifetime);
    }
}
