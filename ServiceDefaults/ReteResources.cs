namespace Rete.ServiceDefaults;

/// <summary>
/// Resource names of the topology. The AppHost and the
/// tests use the same names so a service cannot tell which of them started it.
/// </summary>
public static class ReteResources
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";
    public const string Registry = "registry";
    public const string Grants = "grants";
    public const string Placements = "placements";
    public const string Referrals = "referrals";
    public const string Indicators = "indicators";
    public const string Gateway = "gateway";
    public const string Identity = "identity";
    public const string Web = "web";

    public const string RegistryDb = "registry-db";
    public const string GrantsDb = "grants-db";
    public const string PlacementsDb = "placements-db";
    public const string ReferralsDb = "referrals-db";
    public const string IndicatorsDb = "indicators-db";
    public const string IdentityDb = "identity-db";

    public static readonly IReadOnlyList<string> Services = [Registry, Grants, Placements, Referrals, Indicators];
}
