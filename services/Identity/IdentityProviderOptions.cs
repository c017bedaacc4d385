namespace Rete.Identity;

/// <summary>Configuration section "Identity".</summary>
public sealed class IdentityProviderOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer as browsers and services see it: the gateway's address (tokens name it as <c>iss</c>).</summary>
    public Uri Issuer { get; set; } = new("http://127.0.0.1:8080/");

    /// <summary>False only behind a proxy that ends TLS, or on a developer's loopback.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>A PKCS#12 file with the token signing key; Development falls back to a development certificate.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public WebClientOptions WebClient { get; set; } = new();

    public List<IntegrationClientOptions> IntegrationClients { get; set; } = [];

    /// <summary>Development only: seed a user per tenant and role with <see cref="DevelopmentPassword"/>.</summary>
    public bool SeedDevelopmentUsers { get; set; }

    public string DevelopmentPassword { get; set; } = "Rete-sviluppo-2026";

    public List<string> DevelopmentTenants { get; set; } = ["trecate", "zona-ovest", "torino"];
}

/// <summary>The operators' web application: authorization code with PKCE, a confidential client.</summary>
public sealed class WebClientOptions
{
    public string ClientId { get; set; } = "rete-web";

    public string ClientSecret { get; set; } = "rete-web-development-secret";

    /// <summary>The web application's public address (behind the gateway); redirect URIs are made from it.</summary>
    public Uri? BaseAddress { get; set; }
}

/// <summary>A system that calls the APIs on its own (client credentials), acting for one tenant with fixed roles.</summary>
public sealed class IntegrationClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string Tenant { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public Guid? Organisation { get; set; }
}
