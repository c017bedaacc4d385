using System.Text;
using Rete.Tooling;

namespace Rete.Seeds;

/// <summary>
/// Mints the Development bearer token the services accept: HS256 over the shared key in
/// <c>Auth__SigningKey</c>, issuer <c>Auth__Issuer</c>, audience <c>Auth__Audience</c> (development defaults when
/// unset), with claims
/// sub=seed-loader, tenant and role=consortium-admin. <see cref="DevelopmentTokens"/> mints them.
/// </summary>
internal sealed class TokenIssuer
{
    private const string Subject = "seed-loader";
    private const string Role = "consortium-admin";
    private const int MinimumKeyBytes = 32; // HS256 needs a 256-bit key
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly DevelopmentTokens tokens;

    private TokenIssuer(DevelopmentTokens tokens) => this.tokens = tokens;

    /// <summary>
    /// Reads the three settings from the environment; each one unset is the development default the AppHost gives
    /// the services (<see cref="DevelopmentTokens"/>).
    /// </summary>
    public static TokenIssuer FromEnvironment()
    {
        var signingKey = Setting("Auth__SigningKey") ?? DevelopmentTokens.DevelopmentSigningKey;
        var keyBytes = Encoding.UTF8.GetByteCount(signingKey);
        if (keyBytes < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"Auth__SigningKey is {keyBytes} bytes; HS256 needs at least {MinimumKeyBytes}");
        }

        return new TokenIssuer(new DevelopmentTokens
        {
            SigningKey = signingKey,
            Issuer = Setting("Auth__Issuer") ?? DevelopmentTokens.DevelopmentIssuer,
            Audience = Setting("Auth__Audience") ?? DevelopmentTokens.DevelopmentAudience,
            Lifetime = Lifetime,
        });
    }

    private static string? Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    public string Issue(string tenant) => Issue(tenant, Role, null);

    /// <summary>A token for another role, acting for one organisation (a CPI operator assigns only for their own CPI).</summary>
    public string Issue(string tenant, string role, string? organisationId) =>
        tokens.Mint(Subject, tenant, [role], organisationId);
}
