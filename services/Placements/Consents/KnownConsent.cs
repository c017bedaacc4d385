using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Placements.Consents;

/// <summary>
/// Placements' copy of a person's consent from Referrals' events: whether the person may be placed with a host. The
/// grant carries the whole consent; a withdrawal only its date. A newer version replaces an older one, never the reverse.
/// </summary>
public sealed class KnownConsent : ITenantOwned, IHasId
{
    public const string PlacementPurpose = "placement";

    private KnownConsent()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    /// <summary>Null until the grant arrives (a withdrawal may come first).</summary>
    public string? Purpose { get; private set; }

    public List<Guid> RecipientOrganisationIds { get; private set; } = [];

    public DateOnly? GivenOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public int Version { get; private set; }

    public static KnownConsent Unseen(string tenantId, Guid id, Guid personId) => new() { TenantId = tenantId, Id = id, PersonId = personId };

    public void ApplyGiven(int version, string purpose, IEnumerable<Guid> recipients, DateOnly givenOn, DateOnly? expiresOn)
    {
        (Purpose, RecipientOrganisationIds, GivenOn, ExpiresOn) = (purpose, recipients.ToList(), givenOn, expiresOn);
        Version = Math.Max(Version, version);
    }

    public void ApplyWithdrawn(int version, DateOnly withdrawnOn)
    {
        WithdrawnOn = withdrawnOn;
        Version = Math.Max(Version, version);
    }

    /// <summary>The person may be placed with <paramref name="host"/> on <paramref name="date"/> (as Referrals' Consent.Allows).</summary>
    public bool AllowsPlacement(Guid host, DateOnly date) =>
        Purpose == PlacementPurpose && GivenOn <= date && (ExpiresOn is null || date <= ExpiresOn) && (WithdrawnOn is null || date < WithdrawnOn)
        && (RecipientOrganisationIds.Count == 0 || RecipientOrganisationIds.Contains(host));
}
