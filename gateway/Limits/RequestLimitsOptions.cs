namespace Rete.Gateway.Limits;

/// <summary>Configuration section "Gateway".</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Gateway";

    /// <summary>The largest request body the gateway accepts; nothing Rete takes comes near 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
