namespace Rete.Gateway.RateLimiting;

/// <summary>Configuration section "RateLimiting": one token bucket per tenant (per address for anonymous calls).</summary>
public sealed class TenantRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sustained requests per second, and the burst a quiet tenant may spend at once. The default
    /// leaves room for the 1,000 requests/s a single tenant drives in the benchmark.</summary>
    public int PermitsPerSecond { get; set; } = 2000;

    /// <summary>Requests held back to wait for a permit; 0 answers 429 at once, which keeps latency flat.</summary>
    public int QueueLimit { get; set; }
}
