using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rete.ServiceDefaults.Auth;

namespace Rete.ServiceDefaults.Tenancy;

public static class TenancyExtensions
{
    public static IServiceCollection AddReteTenancy(this IServiceCollection services) =>
        services.AddScoped<ITenantContext, TenantContext>();

    /// <summary>Takes the tenant from the validated token; a token with a malformed tenant is refused.</summary>
    public static IApplicationBuilder UseTenancy(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var tenant = context.User.Tenant();
                if (tenant is not null && !TenantIds.IsValid(tenant))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }

                if (tenant is not null)
                {
                    context.RequestServices.GetRequiredService<ITenantContext>().Set(tenant);
                }
            }

            await next(context);
        });
}
