using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Grants.Organisations;

/// <summary>
/// Grants' own copy of a tenant's organisation, built from the Registry's events (never by calling the Registry).
/// Details (name, kind, tax code) and status are versioned apart: OrganisationRegistered/Updated carry both,
/// Suspended/Reactivated/Closed only the status, and each part is replaced only by a newer version, so events
/// applied twice or out of order leave the same row.
/// </summary>
public sealed class Organisation : ITenantOwned, IHasId
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Closed = "closed";

    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>Null until the organisation's details arrive (a status event may come first).</summary>
    public string? Name { get; private set; }

    public string? Kind { get; private set; }

    public string? TaxCode { get; private set; }

    public string Status { get; private set; } = Active;

    public int DetailsVersion { get; private set; }

    public int StatusVersion { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The Registry's version of the organisation that this copy reflects.</summary>
    public int Version => Math.Max(DetailsVersion, StatusVersion);

    public bool IsKnown => DetailsVersion > 0;

    public bool IsActive => IsKnown && Status == Active;

    public static Organisation Unseen(string tenantId, Guid id) => new() { TenantId = tenantId, Id = id };

    /// <summary>Applies a registration or an update (whole details and status as of <paramref name="version"/>).</summary>
    public bool ApplyDetails(int version, string name, string kind, string? taxCode, string status, DateTimeOffset at)
    {
        var changed = false;
        if (version > DetailsVersion)
        {
            (Name, Kind, TaxCode, DetailsVersion) = (name, kind, taxCode, version);
            changed = true;
        }

        return ApplyStatus(version, status, at) | Touch(changed, at);
    }

    /// <summary>Applies a status as of <paramref name="version"/>, unless a newer one is already here.</summary>
    public bool ApplyStatus(int version, string status, DateTimeOffset at)
    {
        if (version <= StatusVersion)
        {
            return false;
        }

        (Status, StatusVersion) = (status, version);
        return Touch(true, at);
    }

    private bool Touch(bool changed, DateTimeOffset at)
    {
        if (changed && at > UpdatedAt)
        {
            UpdatedAt = at;
        }

        return changed;
    }
}
