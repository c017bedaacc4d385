using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Rete.Gateway.Tests;

/// <summary>Mints development tokens the way `rete token` does: HS256 with the shared key.</summary>
public static class TestTokens
{
    public const string SigningKey = "gateway-tests-signing-key-at-least-32-chars";
    public const string Issuer = "rete-dev";
    public const string Audience = "rete";

    public static string For(string? tenant, string role = "operator", string signingKey = SigningKey)
    {
        var claims = new List<Claim> { new("sub", "test-user"), new("role", role) };
        if (tenant is not null)
        {
            claims.Add(new Claim("tenant", tenant));
        }

        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(Issuer, Audience, claims, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10), credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
