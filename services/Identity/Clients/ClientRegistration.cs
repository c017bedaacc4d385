using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Rete.Identity.Users;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Rete.Identity.Clients;

/// <summary>
/// At start, after the migrations: registers (or updates) the web application and the integration clients from
/// configuration, and in Development seeds one user per tenant and role. Running it again changes nothing.
/// </summary>
internal sealed class ClientRegistration(IServiceProvider services, IOptions<IdentityProviderOptions> options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var settings = options.Value;
        await UpsertAsync(manager, WebClient(settings), cancellationToken);
        foreach (var client in settings.IntegrationClients)
        {
            await UpsertAsync(manager, Integration(client), cancellationToken);
        }

        if (environment.IsDevelopment() && settings.SeedDevelopmentUsers)
        {
            foreach (var tenant in settings.DevelopmentTenants)
            {
                await using var tenantScope = services.CreateAsyncScope();
                await SeedUsersAsync(tenantScope.ServiceProvider, tenant, settings.DevelopmentPassword, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor WebClient(IdentityProviderOptions settings)
    {
        var web = settings.WebClient;
        var baseAddress = web.BaseAddress ?? settings.Issuer;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = web.ClientId,
            ClientSecret = web.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Rete - applicazione web",
            RedirectUris = { new Uri(baseAddress, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(baseAddress, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + UserPrincipal.Audience,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor Integration(IntegrationClientOptions client) => new()
    {
        ClientId = client.ClientId,
        ClientSecret = client.ClientSecret,
        ClientType = ClientTypes.Confidential,
        DisplayName = $"Integrazione {client.ClientId}",
        Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + UserPrincipal.Audience },
    };

    private static async Task UpsertAsync(IOpenIddictApplicationManager manager, OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await manager.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null)
        {
            await manager.CreateAsync(descriptor, ct);
        }
        else
        {
            await manager.UpdateAsync(existing, descriptor, ct);
        }
    }

    /// <summary>Development users: <c>{role}@{tenant}</c>, e.g. <c>operator@trecate</c>, all with the development password.</summary>
    private static async Task SeedUsersAsync(IServiceProvider provider, string tenantId, string password, CancellationToken ct)
    {
        provider.GetRequiredService<ITenantContext>().Set(tenantId);
        var db = provider.GetRequiredService<IdentityDbContext>();
        var hasher = provider.GetRequiredService<IPasswordHasher<User>>();
        var existing = await db.Users.Select(u => u.UserName).ToListAsync(ct);
        foreach (var role in ReteRoles.All)
        {
            var name = $"{role}@{tenantId}";
            if (existing.Contains(name))
            {
                continue;
            }

            var user = User.Invite(tenantId, name, DevelopmentName(role, tenantId), [role], null, [], "", DateTimeOffset.UtcNow);
            user.SetPasswordHash(hasher.HashPassword(user, password));
            db.Users.Add(user);
            db.SignInNames.Add(new SignInName(name, tenantId));
        }

        await db.SaveChangesAsync(ct);
    }

    private static string DevelopmentName(string role, string tenant) => role switch
    {
        ReteRoles.ConsortiumAdmin => $"Amministrazione {tenant}",
        ReteRoles.Operator => $"Operatore {tenant}",
        ReteRoles.SocialWorker => $"Assistente sociale {tenant}",
        ReteRoles.CpiOperator => $"Operatore CPI {tenant}",
        ReteRoles.Partner => $"Partner {tenant}",
        ReteRoles.Auditor => $"Revisore {tenant}",
        _ => $"Esercizio {tenant}",
    };
}
