using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rete.ServiceDefaults.Auth;

namespace Rete.ServiceDefaults.Tenancy;

public static class TenancyExtensions
{
    public static IServiceCollection AddReteTenancy(this IServiceCollection services) =>
        services.AddScoped<ITenantContext, TenantContext>()
            .AddSingleton(sp => KnownTenants.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));

    /// <summary>
    /// Takes the tenant from the validated token. A token must name exactly one registered tenant: none, two, a
    /// malformed or an unknown one is refused with 401 before any endpoint runs.
    /// </summary>
    public static IApplicationBuilder UseTenancy(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var claims = context.User.FindAll(ReteClaims.Tenant).Select(c => c.Value).ToList();
                var refusal = claims switch
                {
                    [] => "Il token non indica il consorzio.",
                    [_, _, ..] => "Il token indica più di un consorzio.",
                    [var t] when !TenantIds.IsValid(t) => "Il consorzio indicato nel token non è valido.",
                    [var t] when !context.RequestServices.GetRequiredService<KnownTenants>().Contains(t) =>
                        "Il consorzio indicato nel token non è registrato.",
                    _ => null,
                };
                if (refusal is not null)
                {
                    await RefuseAsync(context, refusal);
                    return;
                }

                context.RequestServices.GetRequiredService<ITenantContext>().Set(claims[0]);
            }

            await next(context);
        });

    private static async Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Detail = detail },
        });
    }
}
