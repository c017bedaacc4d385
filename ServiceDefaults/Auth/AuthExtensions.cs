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
        // Development tokens (`./rete token`) are accepted only in Development, beside the OIDC provider's.
        var developmentKey = builder.Environment.IsDevelopment() ? options.SigningKey : null;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt => Configure(jwt, options, developmentKey));

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(TenantUser().Build())
            .AddPolicy(RetePolicies.Read, TenantUser().RequireRole(ReteRoles.BusinessReaders).Build())
            .AddPolicy(RetePolicies.ReadNetwork, TenantUser().RequireRole(ReteRoles.NetworkReaders).Build())
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

    private static void Configure(JwtBearerOptions jwt, AuthOptions options, string? developmentKey)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = [options.Issuer],
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = ReteClaims.Subject,
            RoleClaimType = ReteClaims.Role,
        };

        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);
        if (hasAuthority)
        {
            // The issuer and signing keys come from the provider's discovery document; JwtBearer adds them to
            // the ones below, so a development key can stay valid beside them.
            jwt.Authority = options.Authority;
            jwt.MetadataAddress = options.MetadataAddress ?? string.Empty;
            jwt.RequireHttpsMetadata = (options.MetadataAddress ?? options.Authority!).StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        }

        if (!string.IsNullOrWhiteSpace(developmentKey) && developmentKey.Length >= 32)
        {
            jwt.TokenValidationParameters.ValidateIssuerSigningKey = true;
            jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(developmentKey));
            return;
        }

        if (!hasAuthority)
        {
            throw new InvalidOperationException(
                "Auth:Authority (an OIDC issuer) or, in Development only, Auth:SigningKey (at least 32 characters) must be configured.");
        }
    }
}
