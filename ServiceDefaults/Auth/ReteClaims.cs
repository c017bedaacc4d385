namespace Rete.ServiceDefaults.Auth;

public static class ReteClaims
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string Organisation = "org";
    public const string Municipality = "municipality";
}
