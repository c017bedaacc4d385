namespace Rete.Contracts.Referrals;

// A person's consents, as the services that share people need them: who may receive the person (recipient
// organisations) for what (purpose), from when to when. No personal data: a person is an opaque id.
// Purpose travels as its camelCase name: "referral", "placement", "candidateBank", "cpiDataExchange".

/// <summary>
/// A person consented to be shared for <see cref="Purpose"/> with <see cref="RecipientOrganisationIds"/>
/// (empty: any organisation of the network) from <see cref="GivenOn"/> until <see cref="ExpiresOn"/> (none: no expiry).
/// </summary>
public sealed record ConsentGiven(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ConsentId, Guid PersonId, int Version,
    string Purpose, IReadOnlyList<Guid> RecipientOrganisationIds, DateOnly GivenOn, DateOnly? ExpiresOn)
    : IIntegrationEvent;

/// <summary>The person withdrew the consent: from <see cref="WithdrawnOn"/> nothing more is shared under it.</summary>
public sealed record ConsentWithdrawn(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ConsentId, Guid PersonId, int Version, DateOnly WithdrawnOn)
    : IIntegrationEvent;

/// <summary>
/// The consent reached its expiry date without being withdrawn or renewed: from the day after
/// <see cref="ExpiresOn"/> nothing more is shared under it.
/// </summary>
public sealed record ConsentExpired(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ConsentId, Guid PersonId, int Version, DateOnly ExpiresOn)
    : IIntegrationEvent;
