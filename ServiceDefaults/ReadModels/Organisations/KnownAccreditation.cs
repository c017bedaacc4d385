using System.Linq.Expressions;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.ServiceDefaults.ReadModels.Organisations;

/// <summary>
/// A service's copy of a regional accreditation from the Registry's events. Granted carries the whole
/// accreditation; Renewed and Expired carry what changed. A newer version replaces an older one, never the reverse.
/// </summary>
public sealed class KnownAccreditation : ITenantOwned, IHasId
{
    /// <summary>Servizi al Lavoro: the kind a GOL assignment needs.</summary>
    public const string ServicesForWork = "servicesForWork";
    public const string Training = "training";

    private KnownAccreditation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    /// <summary>Null until the grant arrives (a renewal may come first).</summary>
    public string? Kind { get; private set; }

    public string? Region { get; private set; }

    public string? RegisterNumber { get; private set; }

    /// <summary>"provisional" or "definitive".</summary>
    public string? Stage { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateOnly? ExpiredOn { get; private set; }

    public int Version { get; private set; }

    /// <summary>The version whose end date and stage this row holds (a grant and a renewal both set them).</summary>
    public int TermsVersion { get; private set; }

    public static KnownAccreditation Unseen(string tenantId, Guid id, Guid organisationId) =>
        new() { TenantId = tenantId, Id = id, OrganisationId = organisationId };

    public void ApplyGranted(int version, string kind, string region, string? registerNumber, string stage, DateOnly validFrom, DateOnly? validTo)
    {
        (Kind, Region, RegisterNumber, ValidFrom) = (kind, region, registerNumber, validFrom);
        ApplyTerms(version, stage, validTo);
    }

    public void ApplyRenewed(int version, string stage, DateOnly? validTo) => ApplyTerms(version, stage, validTo);

    public void ApplyExpired(int version, DateOnly expiredOn)
    {
        ExpiredOn = expiredOn;
        Version = Math.Max(Version, version);
    }

    private void ApplyTerms(int version, string stage, DateOnly? validTo)
    {
        if (version > TermsVersion)
        {
            (Stage, ValidTo, TermsVersion) = (stage, validTo, version);
        }

        Version = Math.Max(Version, version);
    }

    /// <summary>In force on <paramref name="date"/>: granted, started, not past its end, not expired early.</summary>
    public bool IsInForceOn(DateOnly date) =>
        Kind != null && ValidFrom <= date && (ValidTo == null || date <= ValidTo) && (ExpiredOn == null || date < ExpiredOn);

    /// <summary>The same rule as a query predicate (a unit test holds the two together).</summary>
    public static Expression<Func<KnownAccreditation, bool>> InForceOn(DateOnly date) =>
        a => a.Kind != null && a.ValidFrom <= date && (a.ValidTo == null || date <= a.ValidTo) && (a.ExpiredOn == null || date < a.ExpiredOn);
}
