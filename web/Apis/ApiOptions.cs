namespace Rete.Web.Apis;

/// <summary>Configuration section "Apis": where the APIs answer (under the AppHost: the gateway).</summary>
public sealed class ApiOptions
{
    public const string Section = "Apis";

    public Uri BaseAddress { get; set; } = new("http://127.0.0.1:8080/");
}
