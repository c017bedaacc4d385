using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rete.ServiceDefaults.Data;

namespace Rete.ServiceDefaults;

public static class ReteApplication
{
    /// <summary>Runs the service, or with <c>--migrate-only</c> applies its migrations and security and exits (production deploys).</summary>
    public static async Task RunReteAsync(this WebApplication app, string[] args)
    {
        if (args.Contains("--migrate-only"))
        {
            foreach (var initializer in app.Services.GetServices<IDatabaseInitializer>())
            {
                await initializer.InitializeAsync(CancellationToken.None);
            }

            return;
        }

        await app.RunAsync();
    }
}
