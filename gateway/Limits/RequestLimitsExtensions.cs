using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Rete.Gateway.Limits;

public static class RequestLimitsExtensions
{
    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.Section)
            .Validate(o => o.MaxRequestBodyBytes > 0, "Gateway:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();

        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<RequestLimitsOptions>>((kestrel, limits) =>
            {
                kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
                // The edge need not tell the world what it runs on.
                kestrel.AddServerHeader = false;
            });
        return builder;
    }

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestSizeMiddleware>();
}
