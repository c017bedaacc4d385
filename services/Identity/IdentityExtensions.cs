using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rete.Identity.Clients;
using Rete.Identity.Connect;
using Rete.Identity.SignIn;
using Rete.Identity.Users;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Rete.Identity;

public static class IdentityExtensions
{
    public const string ServiceName = "identity";

    public static IHostApplicationBuilder AddIdentityProvider(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(IdentityProviderOptions.Section);
        builder.Services.Configure<IdentityProviderOptions>(section);
        var settings = section.Get<IdentityProviderOptions>() ?? new IdentityProviderOptions();

        builder.AddReteDatabase<IdentityDbContext>("identity-db");
        builder.Services.AddValidatorsFrom(typeof(IdentityExtensions).Assembly);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddRazorPages();

        builder.Services.AddAuthentication().AddCookie(SignInCookie.Scheme, cookie =>
        {
            cookie.Cookie.Name = "rete.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(settings.Issuer);
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AllowClientCredentialsFlow();
                server.AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, UserPrincipal.Audience);
                server.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                // Services validate access tokens as plain signed JWTs with keys from the discovery document.
                server.DisableAccessTokenEncryption();
                AddKeys(server, settings, builder.Environment);

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!settings.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, OwnTokens>();

        // After the database initializer (registered by AddReteDatabase): the tables exist when this runs.
        builder.Services.AddHostedService<ClientRegistration>();
        return builder;
    }

    public static WebApplication MapIdentityProvider(this WebApplication app)
    {
        app.MapAuthorize();
        app.MapToken();
        app.MapEndSession();
        app.MapUsersApi();
        app.MapRazorPages();
        return app;
    }

    private static void AddKeys(OpenIddictServerBuilder server, IdentityProviderOptions settings, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(settings.SigningCertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.SigningCertificatePath, settings.SigningCertificatePassword);
            server.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Identity:SigningCertificatePath must name the token signing certificate outside Development.");
        }

        server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
    }
}
