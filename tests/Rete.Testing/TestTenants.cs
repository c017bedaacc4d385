using Rete.ServiceDefaults.Tenancy;

namespace Rete.Testing;

/// <summary>
/// Tenants must be registered (<c>Tenancy:Tenants</c>), and tests want a fresh one each: the test run registers a
/// pool of fresh tenants in every service it starts (the end-to-end tests pass it to the AppHost), and
/// <see cref="Next"/> hands them out one at a time.
/// </summary>
public static class TestTenants
{
    private static readonly string[] Pool =
        Enumerable.Range(0, 3000).Select(_ => "t" + Guid.NewGuid().ToString("N")[..10]).ToArray();
    private static int next = -1;

    /// <summary>A tenant no test has used yet.</summary>
    public static string Next()
    {
        var i = Interlocked.Increment(ref next);
        return i < Pool.Length ? Pool[i] : throw new InvalidOperationException("The pool of test tenants is used up: make it larger.");
    }

    /// <summary>The value of <c>Tenancy:Tenants</c> for a service under test: the sample consortia and the pool.</summary>
    public static string Setting => string.Join(',', KnownTenants.DevelopmentDefaults.Concat(Pool));
}
