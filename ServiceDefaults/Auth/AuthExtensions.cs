using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Rete.ServiceDefaults.Auth;

public static class AuthExtensions
{
    public static IHostApplicationBuilder AddReteAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt => Configure(jwt, options));

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(TenantUser().Build())
            .AddPolicy(RetePolicies.Read, TenantUser().RequireRole(ReteRoles.BusinessReaders).Build())
            .AddPolicy(RetePolicies.Manage, TenantUser().RequireRole(ReteRoles.ConsortiumAdmin, ReteRoles.Operator).Build())
            .AddPolicy(RetePolicies.Write, TenantUser().RequireRole(ReteRoles.ConsortiumAdmin, ReteRoles.Operator, ReteRoles.Partner).Build())
            .AddPolicy(RetePolicies.Admin, TenantUser().RequireRole(ReteRoles.ConsortiumAdmin).Build());
        return builder;
    }

    /// <summary>Every call is made by an authenticated user of exactly one tenant.</summary>
    private static AuthorizationPolicyBuilder TenantUser() =>
        new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ReteClaims.Tenant);

    private static void Configure(JwtBearerOptions jwt, AuthOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = options.Issuer,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = ReteClaims.Subject,
            RoleClaimType = ReteClaims.Role,
        };

        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            jwt.Authority = options.Authority;
            jwt.RequireHttpsMetadata = options.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            return;
        }

        if (string.IsNullOrWhiteSpace(options.SigningKey) || options.SigningKey.Length < 32)
        {
            throw new InvalidOperationException(
                "Auth:Authority (an OIDC issuer) or Auth:SigningKey (at least 32 characters, development only) must be configured.");
        }

        jwt.TokenValidationParameters.ValidateIssuerSigningKey = true;
        jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }
}
