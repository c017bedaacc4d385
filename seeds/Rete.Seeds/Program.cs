using System.Diagnostics;
using Rete.Seeds;

// Loads seeds/data/<tenant>.json (Registry) and, when present, <tenant>.grants.json (Grants),
// <tenant>.referrals.json (Referrals) and <tenant>.placements.json (Placements) through the gateway.
// Every file is read and checked before anything is sent, so a typo in one tenant's file does not leave another
// half loaded.

var options = Options.Parse(args, out var usageError);
if (options is null)
{
    await Console.Error.WriteLineAsync($"error: {usageError}{Environment.NewLine}{Environment.NewLine}{Options.Usage}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var files = SeedFiles(options);
    var seeds = files.Select(path =>
    {
        var registry = SeedFileReader.Read(path);
        var grants = GrantsSeedFileReader.ReadBeside(path, registry);
        var referrals = ReferralsSeedFileReader.ReadBeside(path, registry);
        return (Registry: registry, Grants: grants, Referrals: referrals,
            Placements: PlacementsSeedFileReader.ReadBeside(path, registry, grants, referrals));
    }).ToList();

    var tokens = options.DryRun ? null : TokenIssuer.FromEnvironment();
    // Generous: right after a start, on a busy machine, a first request can wait for a service's JIT and warm-up.
    using var http = new HttpClient(new RequestTimeout(TimeSpan.FromSeconds(100))) { Timeout = Timeout.InfiniteTimeSpan };

    // Tenants are independent of each other, so they load side by side: most of a tenant's time is spent waiting for
    // answers (and for the events that the next stage needs). A dry run goes one tenant at a time, so its listing reads.
    if (options.DryRun)
    {
        foreach (var tenant in seeds)
        {
            await LoadTenantAsync(tenant);
        }
    }
    else
    {
        await Task.WhenAll(seeds.Select(LoadTenantAsync));
    }

    async Task LoadTenantAsync(
        (SeedFile Registry, GrantsSeedFile? Grants, ReferralsSeedFile? Referrals, PlacementsSeedFile? Placements) tenant)
    {
        var (seed, grants, referrals, placements) = tenant;
        var stopwatch = Stopwatch.StartNew();
        var token = tokens?.Issue(seed.Tenant);
        IRegistryApi api = options.DryRun
            ? new DryRunRegistry(Console.Out)
            : new RegistryClient(http, options.RegistryBase, token!, Console.Out);

        var summary = await new RegistryLoader(api).LoadAsync(seed, cancellation.Token);

        var verb = options.DryRun ? "checked (dry run)" : "loaded";
        Console.WriteLine($"{seed.Tenant}: {verb} {summary} in {stopwatch.Elapsed.TotalSeconds:0.0} s");

        if (!options.DryRun && seed.DevelopmentUsers.Count > 0)
        {
            var users = await new DevelopmentUsersLoader(new RegistryClient(http, options.IdentityBase, token!, Console.Out), Console.Out)
                .LoadAsync(seed, summary.OrganisationIds, cancellation.Token);
            Console.WriteLine($"{seed.Tenant}: development users given their organisation: {users}");
        }

        IReadOnlyDictionary<string, string> lineIds = new Dictionary<string, string>();
        if (grants is not null)
        {
            stopwatch.Restart();
            IGrantsApi grantsApi = options.DryRun
                ? new DryRunGrants(Console.Out)
                : new GrantsClient(http, options.GrantsBase, token!, Console.Out);
            var grantsSummary = await new GrantsLoader(grantsApi).LoadAsync(grants, summary.OrganisationIds, cancellation.Token);
            lineIds = grantsSummary.LineIds;
            Console.WriteLine($"{seed.Tenant}: {verb} grants: {grantsSummary} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }

        IReferralsApi referralsApi = options.DryRun
            ? new DryRunReferrals(Console.Out)
            : new ReferralsClient(http, options.ReferralsBase, tokens!, seed.Tenant, Console.Out);
        IReadOnlyDictionary<string, List<string>> people = new Dictionary<string, List<string>>();
        if (referrals is not null)
        {
            stopwatch.Restart();
            var referralsSummary = await new ReferralsLoader(referralsApi).LoadAsync(referrals, summary.OrganisationIds, cancellation.Token);
            people = referralsSummary.PeopleByCohort;
            Console.WriteLine($"{seed.Tenant}: {verb} referrals: {referralsSummary} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }

        if (placements is not null)
        {
            stopwatch.Restart();
            IPlacementsApi placementsApi = options.DryRun
                ? new DryRunPlacements(Console.Out)
                : new PlacementsClient(http, options.PlacementsBase, token!, Console.Out);
            var placementsSummary = await new PlacementsLoader(placementsApi, referralsApi, api, options.DryRun ? 1 : PlacementsLoader.Parallelism)
                .LoadAsync(placements, summary.OrganisationIds, lineIds, people, cancellation.Token);
            Console.WriteLine($"{seed.Tenant}: {verb} placements: {placementsSummary} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }
    }

    return 0;
}
catch (Exception ex) when (ex is SeedDataException or RegistryException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 1;
}
catch (HttpRequestException ex)
{
    var causes = string.Join(": ", Causes(ex).Select(e => e.Message));
    await Console.Error.WriteLineAsync($"error: {causes} ({ex.HttpRequestError})");
    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("cancelled");
    return 1;
}
catch (TimeoutException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 1;
}

static List<string> SeedFiles(Options options)
{
    if (!Directory.Exists(options.DataDirectory))
    {
        throw new SeedDataException($"data folder '{options.DataDirectory}' does not exist");
    }

    if (options.Tenant is { } tenant)
    {
        var path = Path.Combine(options.DataDirectory, tenant + ".json");
        return File.Exists(path) ? [path] : throw new SeedDataException($"no seed file {path}");
    }

    // <tenant>.json files only: <tenant>.grants.json (and any <tenant>.<service>.json) are read beside them.
    var files = Directory.GetFiles(options.DataDirectory, "*.json")
        .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();
    return files.Count > 0 ? files : throw new SeedDataException($"no *.json seed files in '{options.DataDirectory}'");
}

static IEnumerable<Exception> Causes(Exception ex)
{
    for (Exception? current = ex; current is not null; current = current.InnerException)
    {
        yield return current;
    }
}
