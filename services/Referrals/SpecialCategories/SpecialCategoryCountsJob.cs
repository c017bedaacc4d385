using Rete.ServiceDefaults.Tenancy;

namespace Rete.Referrals.SpecialCategories;

/// <summary>Publishes every tenant's special-category counts at start and then once a day (<c>Referrals:SpecialCategoryCountsInterval</c>).</summary>
internal sealed class SpecialCategoryCountsJob(IServiceScopeFactory scopes, KnownTenants tenants, IConfiguration configuration, ILogger<SpecialCategoryCountsJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Referrals:SpecialCategoryCountsInterval", TimeSpan.FromDays(1)));
        do
        {
            foreach (var tenant in tenants.All)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
                    await scope.ServiceProvider.GetRequiredService<SpecialCategoryCounts>().PublishAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next round tries again; one tenant's failure does not stop the others.
                    logger.LogWarning(e, "Special-category counts failed for tenant {Tenant}", tenant);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
