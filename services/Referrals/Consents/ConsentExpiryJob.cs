using Rete.ServiceDefaults.Tenancy;

namespace Rete.Referrals.Consents;

/// <summary>Runs <see cref="ConsentExpiry"/> for every tenant at start and then every few hours (an expiry is a date).</summary>
internal sealed class ConsentExpiryJob(IServiceScopeFactory scopes, KnownTenants tenants, ILogger<ConsentExpiryJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            foreach (var tenant in tenants.All)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
                    var count = await scope.ServiceProvider.GetRequiredService<ConsentExpiry>().AnnounceAsync(stoppingToken);
                    if (count > 0)
                    {
                        logger.LogInformation("{Count} expired consents announced for tenant {Tenant}", count, tenant);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next round tries again; one tenant's failure does not stop the others.
                    logger.LogWarning(e, "Consent expiry failed for tenant {Tenant}", tenant);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
