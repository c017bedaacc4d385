using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Rete.Seeds;

/// <summary>
/// Mints the Development bearer token the services accept: HS256 over the shared key in
/// <c>Auth__SigningKey</c>, issuer <c>Auth__Issuer</c>, audience <c>Auth__Audience</c>, with claims
/// sub=seed-loader, tenant and role=consortium-admin.
/// </summary>
internal sealed class TokenIssuer
{
    private const string Subject = "seed-loader";
    private const string Role = "consortium-admin";
    private const int MinimumKeyBytes = 32; // HS256 needs a 256-bit key
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly SigningCredentials credentials;
    private readonly string issuer;
    private readonly string audience;

    private TokenIssuer(byte[] key, string issuer, string audience)
    {
        credentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256);
        this.issuer = issuer;
        this.audience = audience;
    }

    /// <summary>Reads the three settings from the environment; throws with the names of any that are missing.</summary>
    public static TokenIssuer FromEnvironment()
    {
        var signingKey = Environment.GetEnvironmentVariable("Auth__SigningKey");
        var issuer = Environment.GetEnvironmentVariable("Auth__Issuer");
        var audience = Environment.GetEnvironmentVariable("Auth__Audience");

        var missing = new[] { ("Auth__SigningKey", signingKey), ("Auth__Issuer", issuer), ("Auth__Audience", audience) }
            .Where(setting => string.IsNullOrEmpty(setting.Item2))
            .Select(setting => setting.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"set {string.Join(", ", missing)} in the environment (the same values the services use)");
        }

        var key = Encoding.UTF8.GetBytes(signingKey!);
        if (key.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"Auth__SigningKey is {key.Length} bytes; HS256 needs at least {MinimumKeyBytes}");
        }

        return new TokenIssuer(key, issuer!, audience!);
    }

    public string Issue(string tenant) => Issue(tenant, Role, null);

    /// <summary>A token for another role, acting for one organisation (a CPI operator assigns only for their own CPI).</summary>
    public string Issue(string tenant, string role, string? organisationId)
    {
        var now = DateTime.UtcNow;
        List<Claim> claims = [new("sub", Subject), new("tenant", tenant), new("role", role)];
        if (organisationId is not null)
        {
            claims.Add(new Claim("org", organisationId));
        }

        var payload = new JwtPayload(
            issuer,
            audience,
            claims,
            notBefore: now,
            expires: now + Lifetime,
            issuedAt: now);
        var token = new JwtSecurityToken(new JwtHeader(credentials), payload);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
