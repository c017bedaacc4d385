using Rete.ServiceDefaults.Auth;

namespace Rete.Indicators;

/// <summary>Every role but ops reads the figures (counts and sums only); consortium admins rebuild them.</summary>
public static class IndicatorsPolicies
{
    public const string Read = RetePolicies.Read;

    public const string Admin = RetePolicies.Admin;
}
