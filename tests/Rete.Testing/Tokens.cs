using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Rete.Testing;

/// <summary>Mints development tokens, as `./rete token` does, for any tenant, roles and organisation.</summary>
public static class Tokens
{
    public static string For(string tenant, params string[] roles) => Create(tenant, roles);

    public static string Create(string? tenant, IEnumerable<string> roles, Guid? organisation = null, IEnumerable<string>? municipalities = null,
        string? signingKey = null, DateTime? expires = null, string issuer = TestEnvironment.Issuer, string subject = "test-user")
    {
        var claims = new List<Claim> { new("sub", subject) };
        if (tenant is not null)
        {
            claims.Add(new Claim("tenant", tenant));
        }

        claims.AddRange(roles.Select(r => new Claim("role", r)));
        if (organisation is not null)
        {
            claims.Add(new Claim("org", organisation.Value.ToString()));
        }

        claims.AddRange((municipalities ?? []).Select(m => new Claim("municipality", m)));
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey ?? TestEnvironment.SigningKey));
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var token = new JwtSecurityToken(issuer, TestEnvironment.Audience, claims, notBefore: expiry.AddHours(-2), expires: expiry,
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
