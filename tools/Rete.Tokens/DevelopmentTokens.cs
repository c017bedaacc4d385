using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Rete.Tooling;

/// <summary>
/// Mints the development bearer tokens the services accept in Development (ServiceDefaults/Auth): HS256 over the
/// UTF-8 bytes of a shared key, with claims sub, tenant, role, org, municipality, iss, aud, nbf, iat and exp.
/// One role is a string claim, several an array; municipalities are always an array. The defaults are the
/// development values the AppHost gives the services. Nothing is validated here (tests mint bad tokens on purpose); `./rete
/// token` validates its options before calling <see cref="Mint"/>.
/// </summary>
public sealed class DevelopmentTokens
{
    public const string DevelopmentSigningKey = "rete-development-signing-key-not-for-production";
    public const string DevelopmentIssuer = "rete-dev";
    public const string DevelopmentAudience = "rete";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    /// <summary>The HMAC key; HS256 needs at least 32 bytes.</summary>
    public string SigningKey { get; init; } = DevelopmentSigningKey;

    public string Issuer { get; init; } = DevelopmentIssuer;

    public string Audience { get; init; } = DevelopmentAudience;

    /// <summary>From nbf/iat to exp.</summary>
    public TimeSpan Lifetime { get; init; } = DefaultLifetime;

    /// <param name="subject">sub.</param>
    /// <param name="tenant">tenant; null for a token without one.</param>
    /// <param name="roles">role claims; none for a token without a role.</param>
    /// <param name="organisation">org, the caller's organisation id; null for none.</param>
    /// <param name="municipalities">ISTAT codes the caller may act for; none means the whole tenant.</param>
    /// <param name="issuedAt">nbf and iat; default now. exp is <see cref="Lifetime"/> later.</param>
    public string Mint(string subject, string? tenant, IEnumerable<string> roles, string? organisation = null,
        IEnumerable<string>? municipalities = null, DateTime? issuedAt = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        if (tenant is not null)
        {
            claims.Add(new Claim("tenant", tenant));
        }

        claims.AddRange(roles.Select(role => new Claim("role", role)));
        if (organisation is not null)
        {
            claims.Add(new Claim("org", organisation));
        }

        var now = issuedAt ?? DateTime.UtcNow;
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256);
        var payload = new JwtPayload(Issuer, Audience, claims, notBefore: now, expires: now + Lifetime, issuedAt: now);
        var istat = municipalities?.ToArray() ?? [];
        if (istat.Length > 0)
        {
            payload["municipality"] = istat; // an array even for one, as `./rete token` always wrote it
        }

        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(new JwtHeader(credentials), payload));
    }
}
