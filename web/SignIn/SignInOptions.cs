namespace Rete.Web.SignIn;

/// <summary>Configuration section "SignIn": the OpenID Connect provider and this application's client there.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>The provider's issuer, as browsers see it (under the AppHost: the gateway's address).</summary>
    public string Authority { get; set; } = "http://127.0.0.1:8080/";

    /// <summary>Where to read the discovery document when not from the authority (the AppHost: Identity directly).</summary>
    public string? MetadataAddress { get; set; }

    public string ClientId { get; set; } = "rete-web";

    /// <summary>No default: the development value is in appsettings.Development.json and the AppHost's parameters.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>False only on a developer's loopback, where the provider answers plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
