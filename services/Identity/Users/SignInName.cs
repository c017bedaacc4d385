namespace Rete.Identity.Users;

/// <summary>
/// Which tenant a sign-in name belongs to. Before sign-in there is no tenant, and users are hidden by row-level
/// security without one: this table, holding only the name and the tenant, is the one thing read across tenants.
/// Names are unique across the deployment.
/// </summary>
public sealed class SignInName
{
    public SignInName(string userName, string tenantId)
    {
        UserName = userName;
        TenantId = tenantId;
    }

    public string UserName { get; private set; }

    public string TenantId { get; private set; }
}
