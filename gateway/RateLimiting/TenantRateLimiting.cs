using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Rete.Gateway.Errors;
using Rete.ServiceDefaults.Auth;

namespace Rete.Gateway.RateLimiting;

public static class TenantRateLimiting
{
    /// <summary>The policy the proxied routes carry.</summary>
    public const string Policy = "per-tenant";

    public static IHostApplicationBuilder AddTenantRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenantRateLimitOptions>()
            .BindConfiguration(TenantRateLimitOptions.Section)
            .Validate(o => o.PermitsPerSecond > 0 && o.QueueLimit >= 0,
                "RateLimiting:PermitsPerSecond must be positive and RateLimiting:QueueLimit not negative.")
            .ValidateOnStart();

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<TenantRateLimitOptions>>((o, limits) => o.AddPolicy(Policy, Partitioner(limits.Value)));
        return builder;
    }

    private static Func<HttpContext, RateLimitPartition<string>> Partitioner(TenantRateLimitOptions limits)
    {
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.PermitsPerSecond,
            TokensPerPeriod = limits.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = limits.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
        Func<string, TokenBucketRateLimiterOptions> factory = _ => bucket;
        return context => RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), factory);
    }

    // Tenant slugs hold neither '.' nor ':', addresses always one of them: the two kinds of key cannot collide.
    private static string PartitionKey(HttpContext context) =>
        context.User.Tenant() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = GatewayProblems.TooManyRequests(seconds) });
    }
}
