using Rete.Contracts.Referrals;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.Consents;

/// <summary>
/// A person's consent to be shared for one purpose with some organisations (none listed: any of the network), from
/// <see cref="GivenOn"/> to <see cref="ExpiresOn"/>. Sharing checks it at that moment; a withdrawal stops it from then on.
/// </summary>
public sealed class Consent : Aggregate, ITenantOwned, IHasId
{
    public static readonly string[] Purposes = ["referral", "placement", "candidateBank", "cpiDataExchange"];

    private Consent()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public string Purpose { get; private set; } = "";

    public List<Guid> RecipientOrganisationIds { get; private set; } = [];

    public DateOnly GivenOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>Who signed: the person, or a guardian or support administrator (as the form says).</summary>
    public string SignedBy { get; private set; } = "";

    /// <summary>When <see cref="ConsentExpired"/> was raised: an expiry is announced once.</summary>
    public DateTimeOffset? ExpiryAnnouncedAt { get; private set; }

    public int Version { get; private set; }

    public static Consent Give(string tenantId, Guid personId, string purpose, IEnumerable<Guid> recipients, DateOnly givenOn,
        DateOnly? expiresOn, string signedBy, DateTimeOffset now)
    {
        var consent = new Consent
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            PersonId = personId,
            Purpose = purpose,
            RecipientOrganisationIds = recipients.Distinct().ToList(),
            GivenOn = givenOn,
            ExpiresOn = expiresOn,
            SignedBy = signedBy.Trim(),
            Version = 1,
        };
        consent.Raise(new ConsentGiven(Guid.CreateVersion7(now), tenantId, now, consent.Id, personId, consent.Version, purpose,
            consent.RecipientOrganisationIds, givenOn, expiresOn));
        return consent;
    }

    public void Withdraw(DateOnly on, DateTimeOffset now)
    {
        if (WithdrawnOn is not null)
        {
            throw new DomainException("consent-withdrawn", "Il consenso è già stato revocato.");
        }

        if (on < GivenOn)
        {
            throw new DomainException("invalid-withdrawal", "La revoca non può precedere il consenso.");
        }

        WithdrawnOn = on;
        Version++;
        Raise(new ConsentWithdrawn(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, on));
    }

    /// <summary>Allows sharing for <paramref name="purpose"/> with <paramref name="recipient"/> on <paramref name="date"/>.</summary>
    public bool Allows(string purpose, Guid recipient, DateOnly date) =>
        Purpose == purpose && GivenOn <= date && (ExpiresOn is null || date <= ExpiresOn) && (WithdrawnOn is null || date < WithdrawnOn)
        && (RecipientOrganisationIds.Count == 0 || RecipientOrganisationIds.Contains(recipient));

    /// <summary>Announces, once, that the consent ran out on its expiry date (a withdrawn one is already over).</summary>
    public bool AnnounceExpiry(DateOnly today, DateTimeOffset now)
    {
        if (ExpiryAnnouncedAt is not null || WithdrawnOn is not null || ExpiresOn is not { } expires || expires >= today)
        {
            return false;
        }

        ExpiryAnnouncedAt = now;
        Version++;
        Raise(new ConsentExpired(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, expires));
        return true;
    }
}
