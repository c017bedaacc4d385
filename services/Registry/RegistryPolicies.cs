using Rete.ServiceDefaults.Auth;

namespace Rete.Registry;

/// <summary>Who may do what in the Registry. Partners edit only their own organisation (checked per request).</summary>
public static class RegistryPolicies
{
    public const string Read = RetePolicies.Read;

    /// <summary>Registers organisations, records accreditations, tables and meetings.</summary>
    public const string Manage = RetePolicies.Manage;

    /// <summary>Edits an organisation's details: managers, and the organisation's own partner.</summary>
    public const string Edit = RetePolicies.Write;

    public const string Admin = RetePolicies.Admin;
}
